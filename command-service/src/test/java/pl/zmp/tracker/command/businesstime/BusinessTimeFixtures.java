package pl.zmp.tracker.command.businesstime;

import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.KnownAggregates;
import pl.zmp.tracker.platform.eventlog.AggregateType;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** For the aggregate fixtures that prove the business-time rules: every aggregate referred to exists. */
public final class BusinessTimeFixtures {

    private BusinessTimeFixtures() {
    }

    /** Known aggregates (a mock) that knows every aggregate asked about. */
    public static KnownAggregates everyAggregateKnown() {
        KnownAggregates known = mock(KnownAggregates.class);
        when(known.exists(any(AggregateType.class), any())).thenReturn(true);
        doCallRealMethod().when(known).require(any(AggregateType.class), any(), anyString());
        return known;
    }

    /** A refusal with {@code code} that names the business-time field. */
    public static Matcher<Object> rejectedOnTheField(String code) {
        return Matchers.predicate(e -> e instanceof CommandRejectedException rejected
                && rejected.code().equals(code) && OccurredOn.FIELD.equals(rejected.field()));
    }
}
