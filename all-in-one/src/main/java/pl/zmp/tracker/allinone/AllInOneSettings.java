package pl.zmp.tracker.allinone;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Settings of the all-in-one run ({@code --tracker.data-dir=...} or {@code TRACKER_DATA_DIR}).
 *
 * @param dataDir     where the event store (H2) and the read models (embedded MongoDB) persist
 * @param commandPort HTTP port of command-service (0 for any free port)
 * @param queryPort   HTTP port of query-service (0 for any free port)
 * @param consolePort HTTP port of the web console (0 for any free port)
 * @param mongoPort   port of the embedded MongoDB wire-protocol server on 127.0.0.1 (0 for any free port)
 * @param loadSeed    load ZMP's projects from the source document on start (loading again changes nothing)
 */
public record AllInOneSettings(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("8081") int commandPort,
        @DefaultValue("8082") int queryPort,
        @DefaultValue("8080") int consolePort,
        @DefaultValue("0") int mongoPort,
        @DefaultValue("true") boolean loadSeed) {
}
