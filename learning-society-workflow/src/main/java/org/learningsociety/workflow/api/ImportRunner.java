package org.learningsociety.workflow.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.learningsociety.core.shared.Csv;
import org.learningsociety.core.subject.ImportJob;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.ProvinceImports;
import org.learningsociety.core.subject.RowSource;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Runs the province-size imports the API accepted, one at a time on a thread of its own: the file
 * waits in {@code directory} until its job has run, and is deleted after. While a job runs, the
 * subjects it stored so far are known here (they commit together at the end).
 */
public class ImportRunner implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    /** The kinds of file an import reads. */
    public enum Format { CSV, XLSX }

    private final ProvinceImports imports;
    private final UnitDirectory units;
    private final Path directory;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "learning-society-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, AtomicLong> running = new ConcurrentHashMap<>();

    public ImportRunner(ProvinceImports imports, UnitDirectory units, Path directory, Clock clock) {
        this.imports = Objects.requireNonNull(imports);
        this.units = Objects.requireNonNull(units);
        this.directory = Objects.requireNonNull(directory).toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock);
    }

    /** Where a file waits for its job: a name of this runner's own making. */
    Path newFile() throws IOException {
        Files.createDirectories(directory);
        return Files.createTempFile(directory, "import-", ".part");
    }

    /**
     * Queues a job for {@code file} (already written) of {@code model} subjects, every row to lie in
     * {@code unitCode}'s subtree, and starts it in the background.
     */
    ImportJob start(Path file, Format format, String fileName, LearningModel model, String unitCode, String by) {
        var inScope = within(unitCode);
        ImportJob job = imports.queue(model, unitCode, fileName, by);
        AtomicLong progress = new AtomicLong();
        running.put(job.id(), progress);
        executor.execute(() -> {
            try {
                RowSource rows = format == Format.XLSX ? new XlsxRows(file, fileName) : each -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        Csv.forEach(in, fileName, each);
                    }
                };
                imports.run(job.id(), rows, inScope, progress::set);
            } catch (RuntimeException e) {
                LOG.error("import {} ended unexpectedly", job.id(), e);
            } finally {
                running.remove(job.id());
                delete(file);
            }
        });
        return job;
    }

    /** The job as stored, with the subjects stored so far if it is running here. */
    Optional<ImportJob> find(long id) {
        return imports.find(id).map(job -> {
            AtomicLong progress = running.get(id);
            return progress == null || progress.get() <= job.rowsImported() ? job : job.progressed(progress.get());
        });
    }

    /** The units of {@code unitCode}'s subtree today, as a test of a row's unit. */
    private java.util.function.Predicate<AdministrativeUnit> within(String unitCode) {
        LocalDate today = LocalDate.now(clock);
        AdministrativeUnit root = units.unitOn(unitCode, today);
        Set<UnitId> subtree = units.subtreeOf(root, today).stream().map(AdministrativeUnit::id)
                .collect(Collectors.toSet());
        return unit -> subtree.contains(unit.id());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
