package pl.zmp.tracker.query.export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How an exported file is answered: as an attachment named after what it holds and the moment, to the millisecond. */
public final class ExportFiles {

    /** UTC, to the millisecond, safe in a file name on every system: 20260417T215959.250Z. */
    static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ExportFiles() {
    }

    /** {@code <name>-<moment>.<extension>}. */
    public static String fileName(String name, Instant moment, String extension) {
        return name + "-" + FILE_TIME.format(moment) + "." + extension;
    }

    public static ResponseEntity<StreamingResponseBody> attachment(String fileName, MediaType type,
                                                                   StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
