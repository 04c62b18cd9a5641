package pl.zmp.tracker.platform.eventlog;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@link EventLog} of a service that has a database. */
@AutoConfiguration(after = JdbcTemplateAutoConfiguration.class)
@ConditionalOnBean(JdbcTemplate.class)
public class EventLogConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public EventLog eventLog(JdbcTemplate jdbc) {
        return new EventLog(jdbc);
    }
}
