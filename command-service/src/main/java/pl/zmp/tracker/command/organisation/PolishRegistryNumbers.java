package pl.zmp.tracker.command.organisation;

import java.util.regex.Pattern;

/** Formats and check digits of the Polish registry numbers an organisation may carry: KRS and REGON. */
final class PolishRegistryNumbers {

    static final String KRS_FORMAT = "\\d{10}";
    static final String REGON_FORMAT = "\\d{9}|\\d{14}";

    private static final Pattern KRS = Pattern.compile(KRS_FORMAT);
    private static final Pattern REGON = Pattern.compile(REGON_FORMAT);
    /** GUS weights of the digits before the check digit. */
    private static final int[] REGON_9_WEIGHTS = {8, 9, 2, 3, 4, 5, 6, 7};
    private static final int[] REGON_14_WEIGHTS = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

    private PolishRegistryNumbers() {
    }

    /** A KRS (National Court Register) number: 10 digits, with no check digit. */
    static boolean isValidKrs(String krs) {
        return krs != null && KRS.matcher(krs).matches();
    }

    /** A REGON of 9 or 14 digits whose last digit is the weighted sum of the others mod 11 (10 counts as 0). */
    static boolean isValidRegon(String regon) {
        if (regon == null || !REGON.matcher(regon).matches()) {
            return false;
        }
        int[] weights = regon.length() == 9 ? REGON_9_WEIGHTS : REGON_14_WEIGHTS;
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (regon.charAt(i) - '0');
        }
        int check = sum % 11 % 10;
        return check == regon.charAt(weights.length) - '0';
    }
}
