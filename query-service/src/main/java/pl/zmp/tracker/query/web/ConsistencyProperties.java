package pl.zmp.tracker.query.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param maxWait    how long a query asking to read a write (minPosition) waits for the projections before 503
 * @param maxWaiting how many such queries may wait at once in this instance; beyond it 503 PROJECTIONS_BEHIND at once
 */
@ConfigurationProperties("tracker.consistency")
public record ConsistencyProperties(@DefaultValue("5s") Duration maxWait, @DefaultValue("256") int maxWaiting) {
}
