package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;
import java.time.LocalDate;

/** Record a training held in a municipality. */
record RecordTraining(
        @TargetAggregateIdentifier ProjectId projectId,
        String trainingCode,
        MunicipalityId municipalityId,
        LocalDate heldOn,
        Integer attendees,
        String topic,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RecordTraining(ProjectId projectId, String trainingCode, MunicipalityId municipalityId, LocalDate heldOn, Integer attendees, String topic) {
        this(projectId, trainingCode, municipalityId, heldOn, attendees, topic, null);
    }
}
