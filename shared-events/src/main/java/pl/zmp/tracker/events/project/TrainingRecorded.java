package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ProjectId;

import java.time.LocalDate;

/** A training was held in a municipality; date and attendance where known. */
@Revision("1")
public record TrainingRecorded(
        ProjectId projectId,
        String trainingCode,
        MunicipalityId municipalityId,
        LocalDate heldOn,
        Integer attendees,
        String topic) {
}
