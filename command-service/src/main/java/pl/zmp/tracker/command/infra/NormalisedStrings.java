package pl.zmp.tracker.command.infra;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import org.springframework.boot.jackson.JsonComponent;

import java.io.IOException;
import java.text.Normalizer;

/**
 * Every string of a command body in Unicode NFC and without surrounding white space, so that
 * "Sołec" typed with a combining accent, or with a trailing space, is the same name as any other.
 */
@JsonComponent
class NormalisedStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }
}
