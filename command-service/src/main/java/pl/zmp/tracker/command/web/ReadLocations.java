package pl.zmp.tracker.command.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import pl.zmp.tracker.command.axon.CommandReceipt;

import java.net.URI;

/**
 * A created aggregate is read on the query side, not here: the {@code Location} of a 201 points there, at
 * {@code tracker.read-url} (the query API's base URL) followed by the resource's path, e.g.
 * {@code http://localhost:8082/api/municipalities/<id>}. The read model shows it once projected; a client that must
 * see it at once passes the receipt's global position as {@code X-Min-Position}.
 */
@RestControllerAdvice
class ReadLocations implements ResponseBodyAdvice<Object> {

    /** The query API's base URL without a trailing slash; the resource's path is appended to it. */
    private final String readUrl;

    ReadLocations(@Value("${tracker.read-url:http://localhost:8082}") URI readUrl) {
        this.readUrl = readUrl.toString().replaceAll("/+$", "");
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                          Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
                                          ServerHttpResponse response) {
        if (!(body instanceof CommandReceipt)) {
            return body;
        }
        URI location = response.getHeaders().getLocation();
        boolean created = response instanceof ServletServerHttpResponse servlet
                && servlet.getServletResponse().getStatus() == HttpStatus.CREATED.value();
        if (created && location != null && !location.isAbsolute()) {
            response.getHeaders().setLocation(URI.create(readUrl + location.getRawPath()));
        }
        return body;
    }
}
