package pl.zmp.tracker.query.export;

import java.io.IOException;
import java.util.List;

/**
 * Takes a table's rows one at a time, in the header's column order; closing finishes the document.
 * Cells: text, numbers ({@code BigDecimal} keeps its exact value), {@code LocalDate}, booleans, or null (empty).
 */
public interface TableWriter extends AutoCloseable {

    void row(List<?> cells) throws IOException;

    @Override
    void close() throws IOException;
}
