package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.ProjectId;

/** Add an amount budgeted or spent in one year. */
public record AddBudgetLine(
        @TargetAggregateIdentifier ProjectId projectId,
        int year,
        String label,
        Money amount,
        Approximation approximation) {
}
