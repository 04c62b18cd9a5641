package pl.zmp.tracker.command.axon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an Idempotency-Key is bound to: the command's type and its canonical body. Over HTTP that is
 * the method, the path and the request body as it was read (properties sorted, white space and key
 * order of the client's JSON do not matter); for a command without a body (its ids are in the path)
 * or sent from inside the service (the seed), the command itself. Ids the server generates are not part of it, so a retry of "register" matches.
 */
@ControllerAdvice
class CommandFingerprints extends RequestBodyAdviceAdapter {

    private static final String BODY = CommandFingerprints.class.getName() + ".body";
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(BODY, body, RequestAttributes.SCOPE_REQUEST);
        }
        return body;
    }

    /** A SHA-256 of the command's type and canonical body, hex. */
    static String of(Object command) {
        String described = command.getClass().getName() + "\n";
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getAttribute(BODY, RequestAttributes.SCOPE_REQUEST) != null) {
            HttpServletRequest request = attributes.getRequest();
            described += request.getMethod() + " " + request.getRequestURI() + "\n"
                    + canonical(attributes.getAttribute(BODY, RequestAttributes.SCOPE_REQUEST));
        } else {
            // no body read: the command holds all there is (a path's ids, or what the seed sends)
            described += canonical(command);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(described.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String canonical(Object body) {
        try {
            return CANONICAL.writeValueAsString(body);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("cannot fingerprint " + body.getClass().getName(), unwritable);
        }
    }
}
