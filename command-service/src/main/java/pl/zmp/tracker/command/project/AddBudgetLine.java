package pl.zmp.tracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.ProjectId;

import java.time.Instant;

/** Add an amount budgeted or spent in one year. */
public record AddBudgetLine(
        @TargetAggregateIdentifier ProjectId projectId,
        int year,
        String label,
        Money amount,
        Approximation approximation,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public AddBudgetLine(ProjectId projectId, int year, String label, Money amount, Approximation approximation) {
        this(projectId, year, label, amount, approximation, null);
    }
}
