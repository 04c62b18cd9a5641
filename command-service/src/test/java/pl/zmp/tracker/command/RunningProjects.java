package pl.zmp.tracker.command;

import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.KnownAggregates;
import pl.zmp.tracker.platform.eventlog.AggregateType;
import pl.zmp.tracker.values.ProjectId;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

/** For aggregate fixtures: the project check as the store answers it, with one project that has ended. */
public final class RunningProjects {

    private RunningProjects() {
    }

    /** {@code known} (a mock) refuses {@code ended} with PROJECT_ENDED, and unknown projects as its exists() says. */
    public static void stub(KnownAggregates known, ProjectId ended) {
        doAnswer(call -> {
            if (ended.equals(call.getArgument(0))) {
                throw CommandRejectedException.ruleViolation("PROJECT_ENDED", "project is CANCELLED");
            }
            known.require(AggregateType.PROJECT, call.getArgument(0), "UNKNOWN_PROJECT");
            return null;
        }).when(known).requireRunningProject(any(), anyString());
    }
}
