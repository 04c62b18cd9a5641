package pl.zmp.tracker.values;

import java.time.LocalDate;

/** Calendar dates (Europe/Warsaw) from one day to another, both included. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a date range needs both from and to");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a date range cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean overlaps(DateRange other) {
        return !to.isBefore(other.from) && !other.to.isBefore(from);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
