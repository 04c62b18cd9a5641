package pl.zmp.tracker.query.dashboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import pl.zmp.tracker.query.EmbeddedMongo;
import pl.zmp.tracker.query.QueryServiceApplication;
import pl.zmp.tracker.query.SignedIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shutdown completes within 5 s while dashboard streams are open, also one that a browser reopens as
 * shutdown begins: streams are ended, not waited for. A query-service of its own (own event store and
 * read-model database), closed by the test.
 */
class ShutdownWithOpenStreamTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The lines of every stream opened, in arrival order. */
    private static final List<String> LINES = new CopyOnWriteArrayList<>();
    private static final List<Thread> READERS = new CopyOnWriteArrayList<>();

    private ConfigurableApplicationContext context;

    @AfterEach
    void cleanUp() {
        if (context != null && context.isActive()) {
            context.close();
        }
    }

    @Test
    void closingTheApplicationWithOpenStreamsTakesLessThanFiveSeconds() throws Exception {
        // as command-line arguments: they outrank query-service.yml
        context = QueryServiceApplication.builder().sources(ReconnectingDashboard.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:shutdown-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.datasource.hikari.read-only=false",
                "--spring.flyway.enabled=true",
                "--spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor}",
                "--spring.autoconfigure.exclude=",
                "--spring.data.mongodb.uri=" + EmbeddedMongo.uri(),
                "--spring.data.mongodb.database=shutdown-tests",
                "--tracker.projections.node-id=shutdown-tests");
        assertThat(openStream(context)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> LINES.contains("event:statistics"));

        long started = System.nanoTime();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);

        await("the application context to close").atMost(Duration.ofSeconds(5)).until(closing::isDone);
        closing.join();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(READERS).hasSize(2);
        // the clients saw their streams end rather than hang
        await("the streams to end").atMost(Duration.ofSeconds(5))
                .until(() -> READERS.stream().noneMatch(Thread::isAlive));
    }

    /** Opens a dashboard stream, read on a thread of its own; answers the status. */
    private static int openStream(ApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpRequest open = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dashboard/stream"))
                .header("Authorization", SignedIn.VIEWER_AUTHORIZATION).GET().build();
        try {
            HttpResponse<Stream<String>> response = HTTP.send(open, HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> {
                try {
                    response.body().forEach(LINES::add);
                } catch (UncheckedIOException gone) {
                    // the connection was closed under it: ended as well
                }
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
            READERS.add(reader);
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A browser's EventSource reopens a stream that ends. Stopped first of all lifecycle beans, after the
     * open streams were told to end and before the web server stops: a dashboard reconnecting then.
     */
    static class ReconnectingDashboard implements SmartLifecycle {

        private final ApplicationContext context;
        private volatile boolean running;

        ReconnectingDashboard(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            running = false;
            openStream(context);
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return Integer.MAX_VALUE;
        }
    }
}
