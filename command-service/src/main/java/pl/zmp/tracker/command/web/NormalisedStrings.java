package pl.zmp.tracker.command.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import org.springframework.boot.jackson.JsonComponent;

import java.io.IOException;
import java.text.Normalizer;

/**
 * Every string of a command body in Unicode NFC and without surrounding white space, so that
 * "Sołec" typed with a combining accent, or with a trailing space, is the same name as any other.
 * Control characters other than tab and line breaks, half of a surrogate pair, and invisible format
 * characters (Unicode category Cf: bidi overrides and isolates such as U+202E, zero-width spaces and
 * joiners, the byte order mark, soft hyphens) are refused: they make one name display as another.
 */
@JsonComponent
class NormalisedStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value == null) {
            return null;
        }
        String refusal = refusal(value);
        if (refusal != null) {
            return (String) context.handleWeirdStringValue(String.class, value, refusal);
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }

    private static String refusal(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "contains a control character";
            }
            if (Character.getType(c) == Character.FORMAT) {
                return String.format("contains the invisible format character U+%04X", (int) c);
            }
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(++i)))) {
                return "contains half of a surrogate pair";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains half of a surrogate pair";
            }
        }
        return null;
    }
}
