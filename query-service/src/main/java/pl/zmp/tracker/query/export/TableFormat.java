package pl.zmp.tracker.query.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The file formats a table is exported in, both written row by row as they are read, so an export of any
 * length streams: CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads Polish letters as they
 * are) and XLSX (Office Open XML, through fastexcel).
 */
public enum TableFormat {

    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")) {
        @Override
        public TableWriter open(OutputStream out, Separator separator, String sheetName, List<String> header)
                throws IOException {
            return new CsvTable(out, separator, header);
        }
    },

    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
        @Override
        public TableWriter open(OutputStream out, Separator separator, String sheetName, List<String> header) {
            return new XlsxTable(out, sheetName, header);
        }
    };

    /** The byte order mark of UTF-8: without it Excel reads a CSV file in the system's code page (cp1250). */
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String extension;
    private final MediaType mediaType;

    TableFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The format named by a request parameter (already validated against the names). */
    public static TableFormat of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** Starts the document with its header row; cells are written by {@link TableWriter#row}. */
    public abstract TableWriter open(OutputStream out, Separator separator, String sheetName, List<String> header)
            throws IOException;

    /**
     * The CSV field separator. {@code semicolon} is what Excel in a Polish (or any decimal-comma) locale
     * splits on when a file is opened by double-click; decimals are then written with a decimal comma too.
     */
    public enum Separator {
        COMMA(','), SEMICOLON(';');

        private final char character;

        Separator(char character) {
            this.character = character;
        }

        public static Separator of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        char character() {
            return character;
        }
    }

    private static final class CsvTable implements TableWriter {

        private final OutputStream out;
        private final Separator separator;
        private final SequenceWriter rows;

        CsvTable(OutputStream out, Separator separator, List<String> header) throws IOException {
            this.out = out;
            this.separator = separator;
            CsvMapper mapper = CsvMapper.builder()
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    // quote a value only where RFC 4180 needs it (separator, quote, line break)
                    .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                    .build();
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator.character())
                    .withLineSeparator("\r\n");
            out.write(UTF8_BOM);
            this.rows = mapper.writer(schema).writeValues(out);
            rows.write(header);
        }

        @Override
        public void row(List<?> cells) throws IOException {
            rows.write(cells.stream().map(this::text).toList());
        }

        private String text(Object cell) {
            if (cell == null) {
                return "";
            }
            if (cell instanceof BigDecimal decimal) {
                String plain = decimal.toPlainString();
                return separator == Separator.SEMICOLON ? plain.replace('.', ',') : plain;
            }
            return cell.toString();
        }

        @Override
        public void close() throws IOException {
            rows.close();
            out.flush();
        }
    }

    private static final class XlsxTable implements TableWriter {

        /** An XLSX sheet holds at most 1 048 576 rows; longer exports go on in further sheets. */
        static final int MAX_ROWS = 1_048_576;
        private static final int FLUSH_EVERY = 1_000;

        private final Workbook workbook;
        private final String sheetName;
        private final List<String> header;
        private Worksheet sheet;
        private int sheets;
        private int row;

        XlsxTable(OutputStream out, String sheetName, List<String> header) {
            this.workbook = new Workbook(out, "ZMP project tracker", "1.0");
            this.sheetName = sheetName;
            this.header = header;
            nextSheet();
        }

        private void nextSheet() {
            sheets++;
            sheet = workbook.newWorksheet(sheets == 1 ? sheetName : sheetName + " (" + sheets + ")");
            for (int column = 0; column < header.size(); column++) {
                sheet.value(0, column, header.get(column));
            }
            sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            row = 1;
        }

        @Override
        public void row(List<?> cells) throws IOException {
            if (row == MAX_ROWS) {
                sheet.finish();
                nextSheet();
            }
            for (int column = 0; column < cells.size(); column++) {
                Object cell = cells.get(column);
                if (cell instanceof Number number) {
                    sheet.value(row, column, number);
                } else if (cell instanceof LocalDate date) {
                    sheet.value(row, column, date);
                    sheet.style(row, column).format("yyyy-mm-dd").set();
                } else if (cell instanceof Boolean bool) {
                    sheet.value(row, column, bool);
                } else if (cell != null) {
                    sheet.value(row, column, cell.toString());
                }
            }
            row++;
            if (row % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
            workbook.finish();
        }
    }
}
