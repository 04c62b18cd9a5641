package pl.zmp.tracker.events.recruitment;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A call for participants opened for one round of a project; no deadline means it runs until closed. */
@Revision("2")
public record RecruitmentOpened(
        RecruitmentId recruitmentId,
        ProjectId projectId,
        int round,
        String title,
        OffsetDateTime deadline,
        Integer places,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public RecruitmentOpened(RecruitmentId recruitmentId, ProjectId projectId, int round, String title, OffsetDateTime deadline, Integer places) {
        this(recruitmentId, projectId, round, title, deadline, places, null);
    }
}
