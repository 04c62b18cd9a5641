package pl.zmp.tracker.query.infra;

import java.util.List;

/** One page of a listing. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> PageOf<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageOf<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }
}
