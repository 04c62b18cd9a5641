package pl.zmp.tracker.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A blocking JSON client over java.net.http, HTTP/1.1 with kept-alive connections. */
final class Http implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "http-client");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(executor)
            .build();

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The embedded default's demo user holding every role (see the README's sign-in section). */
    private static final String SIGN_IN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    Answer post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", SIGN_IN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer get(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET()
                .header("Authorization", SIGN_IN);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Like {@link #post} but fails unless 2xx. */
    JsonNode command(String url, String json) {
        Answer answer = post(url, json);
        if (!answer.ok()) {
            throw new IllegalStateException("POST " + url + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
