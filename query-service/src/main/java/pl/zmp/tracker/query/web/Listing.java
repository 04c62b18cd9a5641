package pl.zmp.tracker.query.web;

import java.util.Comparator;

/** What every list of the query API takes the same way: q, sort, direction, page, size (1–100). */
public final class Listing {

    public static final String DIRECTION = "asc|desc";
    public static final String DIRECTION_MESSAGE = "must be asc or desc";
    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY = 200;
    public static final String Q_DESCRIPTION = "text to look for: case and diacritics do not matter (lodz finds Łódź)";
    public static final String SORT_DESCRIPTION = "texts sort in Polish collation (Ł after L, Ś after S); ties by id";

    private Listing() {
    }

    /** The order asked for, descending when direction is desc, with the id as the last tie-breaker. */
    public static <T> Comparator<T> order(Comparator<T> bySortField, String direction,
                                          java.util.function.Function<T, String> id) {
        Comparator<T> order = "desc".equals(direction) ? bySortField.reversed() : bySortField;
        return order.thenComparing(id);
    }
}
