package pl.zmp.tracker.platform.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * The embedded PostgreSQL for root where user namespaces are not allowed (zonky's own way for root is
 * {@code unshare -U}): zonky's binaries with {@code initdb} and {@code pg_ctl} behind scripts that run them as
 * {@code nobody} ({@code setpriv}, util-linux), and a data directory that {@code nobody} owns.
 */
final class PostgresAsNobody implements PgBinaryResolver {

    private static final int NOBODY = 65534;
    /** The programs zonky runs; pg_ctl starts the server itself. */
    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    private static final String WRAPPER = """
            #!/bin/sh
            # PostgreSQL refuses to run as root: the real program, as nobody
            exec setpriv --reuid=%1$d --regid=%1$d --clear-groups "$0.real" "$@"
            """.formatted(NOBODY);

    private PostgresAsNobody() {
    }

    static void apply(EmbeddedPostgres.Builder builder) throws IOException {
        Path dataDirectory = Files.createTempDirectory("epg");
        Files.setAttribute(dataDirectory, "unix:uid", NOBODY);
        Files.setAttribute(dataDirectory, "unix:gid", NOBODY);
        builder.setPgBinaryResolver(new PostgresAsNobody()).setDataDirectory(dataDirectory);
    }

    /** Zonky's archive again, each wrapped program renamed to {@code <name>.real} and its script in its place. */
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        ByteArrayOutputStream repacked = new ByteArrayOutputStream();
        try (TarArchiveInputStream original = new TarArchiveInputStream(
                     new XZInputStream(DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)));
             TarArchiveOutputStream archive = new TarArchiveOutputStream(
                     new XZOutputStream(repacked, uncompressed()))) {
            archive.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry;
            while ((entry = original.getNextEntry()) != null) {
                String name = entry.getName().replaceFirst("^\\./", "");
                boolean wrapped = WRAPPED.contains(name);
                if (wrapped) {
                    entry.setName(name + ".real");
                }
                archive.putArchiveEntry(entry);
                original.transferTo(archive);
                archive.closeArchiveEntry();
                if (wrapped) {
                    byte[] script = WRAPPER.getBytes(US_ASCII);
                    TarArchiveEntry wrapper = new TarArchiveEntry(name);
                    wrapper.setMode(0755);
                    wrapper.setSize(script.length);
                    archive.putArchiveEntry(wrapper);
                    archive.write(script);
                    archive.closeArchiveEntry();
                }
            }
        }
        return new ByteArrayInputStream(repacked.toByteArray());
    }

    /** Only zonky reads it, straight away: the xz container without the slow compression. */
    private static LZMA2Options uncompressed() throws IOException {
        LZMA2Options options = new LZMA2Options();
        options.setMode(LZMA2Options.MODE_UNCOMPRESSED);
        return options;
    }
}
