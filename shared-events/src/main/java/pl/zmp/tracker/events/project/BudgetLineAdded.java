package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** An amount budgeted or spent in one year. */
@Revision("2")
public record BudgetLineAdded(
        ProjectId projectId,
        int year,
        String label,
        Money amount,
        Approximation approximation,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public BudgetLineAdded(ProjectId projectId, int year, String label, Money amount, Approximation approximation) {
        this(projectId, year, label, amount, approximation, null);
    }
}
