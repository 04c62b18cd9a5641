package pl.zmp.tracker.events.recruitment;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.OffsetDateTime;

/** A call for participants opened for one round of a project; no deadline means it runs until closed. */
@Revision("1")
public record RecruitmentOpened(
        RecruitmentId recruitmentId,
        ProjectId projectId,
        int round,
        String title,
        OffsetDateTime deadline,
        Integer places) {
}
