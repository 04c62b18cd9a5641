package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.ProjectId;

/** An amount budgeted or spent in one year. */
@Revision("1")
public record BudgetLineAdded(
        ProjectId projectId,
        int year,
        String label,
        Money amount,
        Approximation approximation) {
}
