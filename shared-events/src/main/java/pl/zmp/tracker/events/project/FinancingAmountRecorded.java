package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.FinancingItem;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** A figure of the project's financing was stated (a later statement of the same item supersedes it). */
@Revision("2")
public record FinancingAmountRecorded(
        ProjectId projectId,
        FinancingItem item,
        Money amount,
        Approximation approximation,
        String note,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public FinancingAmountRecorded(ProjectId projectId, FinancingItem item, Money amount, Approximation approximation, String note) {
        this(projectId, item, amount, approximation, note, null);
    }
}
