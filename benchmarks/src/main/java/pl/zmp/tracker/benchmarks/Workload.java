package pl.zmp.tracker.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The realistic command: recording an indicator's actual value on one of many projects (none of
 * which needs a TERC code, so the register's uniqueness never runs out).
 */
final class Workload {

    static final String INDICATOR = "people-trained";

    private final Http http;
    private final String commandUrl;
    final List<String> projects;

    private Workload(Http http, String commandUrl, List<String> projects) {
        this.http = http;
        this.commandUrl = commandUrl;
        this.projects = projects;
    }

    /** Registers an organisation and {@code count} projects, each defining one indicator. */
    static Workload create(Http http, String commandUrl, int count) throws Exception {
        String organisation = http.command(commandUrl + "/api/organisations",
                "{\"name\":\"Benchmark association\",\"kind\":\"ASSOCIATION\",\"country\":\"PL\"}")
                .get("aggregateId").asText();
        List<String> projects = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    String project = http.command(commandUrl + "/api/projects",
                            "{\"title\":\"Benchmark project " + n + "\",\"reportingOrganisationId\":\"" + organisation
                                    + "\",\"plannedPeriod\":{\"from\":\"2026-01-01\",\"to\":\"2030-12-31\"}}")
                            .get("aggregateId").asText();
                    http.command(commandUrl + "/api/projects/" + project + "/indicators",
                            "{\"indicatorCode\":\"" + INDICATOR + "\",\"name\":\"People trained\",\"unit\":\"persons\","
                                    + "\"target\":1200}");
                    projects.add(project);
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Workload(http, commandUrl, List.copyOf(projects));
    }

    String actualUrl(String project) {
        return commandUrl + "/api/projects/" + project + "/indicators/" + INDICATOR + "/actuals";
    }

    static String actualBody() {
        return "{\"value\":" + ThreadLocalRandom.current().nextInt(0, 5000)
                + ",\"asOf\":\"2026-06-30\",\"source\":\"benchmark\"}";
    }

    Http.Answer recordActual(String project) {
        return http.post(actualUrl(project), actualBody());
    }
}
