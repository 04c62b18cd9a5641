package pl.zmp.tracker.query.dashboard;

import pl.zmp.tracker.query.exhibition.ExhibitionView;

import java.time.LocalDate;

/** Where a showing stands on a day: held (its period has passed), on now, scheduled, or cancelled. */
public enum ShowingState {
    HELD, ON_NOW, SCHEDULED, CANCELLED;

    public static ShowingState of(ExhibitionView.Showing showing, LocalDate day) {
        if (showing.cancelled()) {
            return CANCELLED;
        }
        if (showing.to().isBefore(day)) {
            return HELD;
        }
        return showing.from().isAfter(day) ? SCHEDULED : ON_NOW;
    }
}
