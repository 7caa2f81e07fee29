package org.learningsociety.core.subject;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.core.unit.AdministrativeUnit;

/**
 * Imports a province's subjects from one file as a job: queued by the request that brings the file,
 * then run in the background — checked whole (every refused row listed, nothing stored), then stored
 * in one transaction. The job's state is written at each step, so any node can answer where it stands.
 */
public class ProvinceImports {

    private final ImportJobs jobs;
    private final SubjectFileCheck check;
    private final SubjectImport importer;
    private final Clock clock;

    public ProvinceImports(ImportJobs jobs, SubjectFileCheck check, SubjectImport importer, Clock clock) {
        this.jobs = Objects.requireNonNull(jobs);
        this.check = Objects.requireNonNull(check);
        this.importer = Objects.requireNonNull(importer);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Records a new job for a file of {@code model} subjects of {@code unitCode}'s subtree, to be {@link #run} next. */
    public ImportJob queue(LearningModel model, String unitCode, String fileName, String createdBy) {
        ImportJob job = ImportJob.queued(jobs.nextId(), model, unitCode, fileName, createdBy, clock.instant());
        jobs.add(job);
        return job;
    }

    public Optional<ImportJob> find(long id) {
        return jobs.findById(id);
    }

    /**
     * Runs a queued job over its file's {@code rows}: checks them all, then stores them, writing the
     * job's state at each step. Ends DONE, REFUSED (with the refused rows) or FAILED; never throws
     * for what the file holds. The subjects stored so far go to {@code progress} after each batch:
     * they are written in the import's one transaction, so only the running node can tell them.
     */
    public ImportJob run(long id, RowSource rows, Predicate<AdministrativeUnit> reachable, LongConsumer progress) {
        ImportJob job = jobs.findById(id).orElseThrow();
        try {
            job = save(job.checking());
            SubjectFileCheck.Result checked = check.check(job.model(), rows, reachable);
            if (!checked.passed()) {
                return save(job.refused(checked.rows(), checked.refusedCount(), checked.refused(), clock.instant()));
            }
            ImportJob importing = save(job.importing(checked.rows()));
            SubjectImport.ImportReport report = importer.importRows(job.model(), rows, job.fileName(), progress);
            return save(importing.done(report.imported(), clock.instant()));
        } catch (InvalidInputException e) {
            // the file itself could not be read as rows (a broken workbook, a formula): refused as a whole
            ImportJob.RefusedRow refusal = new ImportJob.RefusedRow(0, e.field(), String.valueOf(e.value()),
                    e.getMessage());
            return save(job.refused(job.rowsChecked(), 1, List.of(refusal), clock.instant()));
        } catch (LearningSocietyException e) {
            return save(job.failed(e.getMessage(), clock.instant()));
        } catch (IOException | RuntimeException e) {
            return save(job.failed("Không đọc hoặc không ghi được tệp: " + e.getMessage(), clock.instant()));
        }
    }

    private ImportJob save(ImportJob job) {
        jobs.update(job);
        return job;
    }
}
