package pl.zmp.tracker.command.web;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import pl.zmp.tracker.command.axon.CommandOptions;
import pl.zmp.tracker.platform.web.InvalidFieldException;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@link CommandOptions} of a command endpoint from the If-Match and Idempotency-Key headers. */
@Component
class CommandOptionsResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static final String IF_MATCH = "If-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CommandOptions.class;
    }

    @Override
    public CommandOptions resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                          NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return new CommandOptions(expectedVersion(request.getHeader(IF_MATCH)),
                idempotencyKey(request.getHeader(IDEMPOTENCY_KEY)));
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        Matcher matcher = VERSION_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidFieldException(IF_MATCH, "must be the ETag of a version the server gave, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String idempotencyKey(String key) {
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidFieldException(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        return key;
    }
}
