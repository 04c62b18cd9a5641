package pl.zmp.tracker.events.project;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.FinancingItem;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.ProjectId;

/** A figure of the project's financing was stated (a later statement of the same item supersedes it). */
@Revision("1")
public record FinancingAmountRecorded(
        ProjectId projectId,
        FinancingItem item,
        Money amount,
        Approximation approximation,
        String note) {
}
