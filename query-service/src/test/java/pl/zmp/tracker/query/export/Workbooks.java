package pl.zmp.tracker.query.export;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an exported XLSX file back: the first sheet's rows by header name, as the cells' text. */
public final class Workbooks {

    private Workbooks() {
    }

    public static List<Map<String, String>> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            List<String> header = new ArrayList<>();
            rows.get(0).forEach(cell -> header.add(cell.getText()));
            List<Map<String, String>> result = new ArrayList<>();
            for (Row row : rows.subList(1, rows.size())) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int column = 0; column < header.size(); column++) {
                    values.put(header.get(column), row.getCellText(column));
                }
                result.add(values);
            }
            return result;
        }
    }

    public static String sheetName(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().getName();
        }
    }
}
