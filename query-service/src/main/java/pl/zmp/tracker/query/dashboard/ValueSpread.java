package pl.zmp.tracker.query.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/** A value spread over a period in proportion to its days in each year, to the grosz; the shares add up to it. */
final class ValueSpread {

    private ValueSpread() {
    }

    static Map<Integer, BigDecimal> over(LocalDate from, LocalDate to, BigDecimal value) {
        Map<Integer, BigDecimal> shares = new TreeMap<>();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        BigDecimal given = BigDecimal.ZERO;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (year == to.getYear()) {
                shares.put(year, value.subtract(given)); // the last year takes what rounding left over
                break;
            }
            LocalDate start = year == from.getYear() ? from : LocalDate.of(year, 1, 1);
            long daysThatYear = ChronoUnit.DAYS.between(start, LocalDate.of(year, 12, 31)) + 1;
            BigDecimal share = value.multiply(BigDecimal.valueOf(daysThatYear))
                    .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
            shares.put(year, share);
            given = given.add(share);
        }
        return shares;
    }
}
