package pl.zmp.tracker.query.dashboard;

import pl.zmp.tracker.query.recruitment.RecruitmentView;

import java.time.Instant;

/**
 * Where a call stands on a date: open until its deadline; past the deadline but not closed it awaits a
 * decision (no longer open); closed once closed.
 */
public enum CallState {
    OPEN, AWAITING_DECISION, CLOSED;

    public static CallState of(RecruitmentView call, Instant moment) {
        if (call.isClosed()) {
            return CLOSED;
        }
        return call.getDeadline() != null && !call.getDeadline().toInstant().isAfter(moment) ? AWAITING_DECISION : OPEN;
    }
}
