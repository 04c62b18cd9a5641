package pl.zmp.tracker.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Errors Tomcat answers itself, before any filter runs (a request header over
 * {@code server.max-http-request-header-size}, a malformed request line...), are problem+json too: the
 * host's HTML error report is replaced by one that writes RFC 9457 JSON.
 */
@AutoConfiguration
@ConditionalOnClass(Tomcat.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ContainerProblems {

    @Bean
    ProblemErrorReports problemErrorReports() {
        return new ProblemErrorReports();
    }

    /** Runs after Spring Boot's own customizer, which adds a plain HTML ErrorReportValve to the host. */
    static final class ProblemErrorReports
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> replaceErrorReport(context.getParent()));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private static void replaceErrorReport(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new ProblemReportValve());
        if (host instanceof org.apache.catalina.core.StandardHost standardHost) {
            standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
    }

    /** Tomcat's error report as problem+json: status and reason only, no server details. */
    public static class ProblemReportValve extends ErrorReportValve {

        private static final ObjectMapper JSON = new ObjectMapper();

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", known != null ? known.getReasonPhrase() : "Error");
            problem.put("status", status);
            problem.put("detail", detail(status));
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(JSON.writeValueAsString(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response cannot be written: nothing more to say
            }
        }

        private static String detail(int status) {
            return switch (status) {
                case 400 -> "the request is malformed or its headers are too large";
                case 413 -> "the request is too large";
                case 414 -> "the request URI is too long";
                default -> "the request could not be served";
            };
        }
    }
}
