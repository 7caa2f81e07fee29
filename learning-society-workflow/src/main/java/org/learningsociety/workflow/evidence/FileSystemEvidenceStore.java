package org.learningsociety.workflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.learningsociety.core.evidence.EvidenceStore;
import org.learningsociety.core.registration.RegistrationId;

/**
 * Evidence files on the file system, {@code <directory>/<registration id>/<name>}, referenced as
 * {@value #SCHEME}{@code <registration id>/<name>}. The file system rather than the database: scans
 * and photos of up to several megabytes per indicator and household would swell the tables, their
 * backups and the transactions, while a directory can be backed up, mounted from shared storage for
 * a cluster, and emptied by the erasure and retention purge through {@link #deleteAllOf}. A portal
 * that keeps files elsewhere (an object store, the database) supplies its own {@link EvidenceStore}.
 *
 * <p>A file is written to a temporary name in its directory and moved into place once complete, so a
 * refused or broken upload leaves nothing behind.
 */
public class FileSystemEvidenceStore implements EvidenceStore {

    /** The scheme of the references this store hands out. */
    public static final String SCHEME = "ls-evidence:";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{1,64}\\.[a-z]{1,5}");
    private static final Pattern REFERENCE = Pattern.compile(Pattern.quote(SCHEME) + "(\\d{1,19})/(" + NAME.pattern() + ")");

    private final Path directory;

    public FileSystemEvidenceStore(Path directory) {
        this.directory = Objects.requireNonNull(directory).toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    @Override
    public String store(RegistrationId registration, String name, InputStream content) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a name this store makes: " + name);
        }
        Path folder = folderOf(registration);
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        Path partial = Files.createTempFile(folder, ".upload-", ".part");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return SCHEME + registration.value() + "/" + name;
    }

    @Override
    public Optional<InputStream> open(String reference) throws IOException {
        Matcher m = reference == null ? null : REFERENCE.matcher(reference);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(m.group(1)).resolve(m.group(2));
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }

    @Override
    public int deleteAllOf(Collection<RegistrationId> registrations) {
        int deleted = 0;
        for (RegistrationId registration : registrations) {
            Path folder = folderOf(registration);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
                for (Path path : paths) {
                    if (Files.isRegularFile(path) && !path.getFileName().toString().startsWith(".")) {
                        deleted++;
                    }
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete the evidence files in " + folder, e);
            }
        }
        return deleted;
    }

    /** The files of a registration: only a number under the directory, never a path from outside. */
    private Path folderOf(RegistrationId registration) {
        return directory.resolve(Long.toString(registration.value()));
    }
}
