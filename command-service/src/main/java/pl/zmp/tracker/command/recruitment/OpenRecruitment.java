package pl.zmp.tracker.command.recruitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Open the call for participants of one round of a project. */
public record OpenRecruitment(
        @TargetAggregateIdentifier RecruitmentId recruitmentId,
        ProjectId projectId,
        int round,
        String title,
        OffsetDateTime deadline,
        Integer places,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public OpenRecruitment(RecruitmentId recruitmentId, ProjectId projectId, int round, String title, OffsetDateTime deadline, Integer places) {
        this(recruitmentId, projectId, round, title, deadline, places, null);
    }
}
