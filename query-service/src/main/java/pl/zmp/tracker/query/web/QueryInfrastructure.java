package pl.zmp.tracker.query.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.zmp.tracker.platform.web.ApiDocsProblems;
import pl.zmp.tracker.platform.web.UnknownParameters;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

@Configuration(proxyBeanMethods = false)
class QueryInfrastructure {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Read-your-writes' parameter, which every query takes besides its own. */
    @Bean
    UnknownParameters.CommonParameters readYourWritesParameter() {
        return new UnknownParameters.CommonParameters(Set.of(ReadYourWrites.PARAMETER));
    }

    /** What a query may answer beyond the statuses every operation has. */
    @Bean
    ApiDocsProblems.ServiceProblems queryProblems() {
        return new ApiDocsProblems.ServiceProblems(
                Map.of("503", "Unavailable for now, try again after Retry-After: PROJECTIONS_BEHIND (the read models did "
                        + "not reach minPosition in time, or too many requests wait), READ_STORE_UNAVAILABLE, "
                        + "IDENTITY_PROVIDER_UNAVAILABLE"),
                Map.of(),
                Map.of("409 start", "REBUILD_RUNNING: a rebuild of this read model is running"));
    }

    @Bean
    OpenAPI queryApi() {
        return new OpenAPI().info(new Info()
                .title("ZMP project tracker: queries")
                .version("1")
                .description("Read models projected from the event store. Every query accepts the global position a "
                        + "command answered with (X-Min-Position header or minPosition parameter) and answers once the "
                        + "read models have reached it, or 503 PROJECTIONS_BEHIND with Retry-After (also at once when too "
                        + "many requests wait already); a position beyond the newest stored event is a 400."));
    }
}
