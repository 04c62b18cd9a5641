package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;
import java.time.LocalDate;

/** A training was held in a municipality; date and attendance where known. */
@Revision("2")
public record TrainingRecorded(
        ProjectId projectId,
        String trainingCode,
        MunicipalityId municipalityId,
        LocalDate heldOn,
        Integer attendees,
        String topic,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public TrainingRecorded(ProjectId projectId, String trainingCode, MunicipalityId municipalityId, LocalDate heldOn, Integer attendees, String topic) {
        this(projectId, trainingCode, municipalityId, heldOn, attendees, topic, null);
    }
}
