package pl.zmp.tracker.query.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Comparator;
import java.util.List;

/** One page of a listing: the envelope of every list the query API answers. */
@Schema(description = "One page of a list", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record PageOf<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> PageOf<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageOf<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }

    /**
     * The page of a whole, already filtered list after sorting it in memory. Used for the lists that are small
     * (municipalities, organisations, projects, recruitments, exhibitions: hundreds at most), because the read store
     * cannot sort in Polish collation; sorting everything before slicing keeps the pages consistent.
     */
    public static <T> PageOf<T> sorted(List<T> all, Comparator<? super T> order, int page, int size) {
        List<T> ordered = all.stream().sorted(order).toList();
        long from = Math.min((long) page * size, ordered.size());
        long to = Math.min(from + size, ordered.size());
        return of(ordered.subList((int) from, (int) to), page, size, ordered.size());
    }
}
