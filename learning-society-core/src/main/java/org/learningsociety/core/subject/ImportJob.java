package org.learningsociety.core.subject;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A province-size import of subjects from a file, run in the background: checked whole first (every
 * refused row listed, nothing stored), then stored in one transaction.
 *
 * @param unitCode the unit whose subtree every row must lie in: who may see the job
 * @param rowsChecked the file's data rows, once checked
 * @param rowsImported the subjects stored so far
 * @param refusedCount how many rows were refused; {@code refused} lists the first {@value #MAX_LISTED}
 */
public record ImportJob(long id, LearningModel model, String unitCode, String fileName, ImportStatus status,
        long rowsChecked,
        long rowsImported, long refusedCount, List<RefusedRow> refused, String message, String createdBy,
        Instant createdAt, Instant finishedAt) {

    /** The most refused rows a job lists; the count goes on. */
    public static final int MAX_LISTED = 1000;

    /** A refused row: its line in the file, the column, the value and why, in Vietnamese. */
    public record RefusedRow(long line, String field, String value, String detail) { }

    public ImportJob {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(status, "status");
        refused = List.copyOf(refused);
    }

    static ImportJob queued(long id, LearningModel model, String unitCode, String fileName, String createdBy,
            Instant at) {
        return new ImportJob(id, model, unitCode, fileName, ImportStatus.QUEUED, 0, 0, 0, List.of(), null, createdBy, at, null);
    }

    ImportJob checking() {
        return with(ImportStatus.CHECKING, rowsChecked, rowsImported, refusedCount, refused, message, null);
    }

    ImportJob refused(long rows, long count, List<RefusedRow> listed, Instant at) {
        return with(ImportStatus.REFUSED, rows, 0, count, listed, "Tệp có " + count + " dòng không hợp lệ; "
                + "không dòng nào được nhập. Sửa các dòng được nêu rồi gửi lại cả tệp.", at);
    }

    ImportJob importing(long rows) {
        return with(ImportStatus.IMPORTING, rows, 0, 0, List.of(), null, null);
    }

    /** The job as it stands with {@code imported} subjects stored so far (not committed yet). */
    public ImportJob progressed(long imported) {
        return with(status, rowsChecked, imported, refusedCount, refused, message, finishedAt);
    }

    ImportJob done(long imported, Instant at) {
        return with(ImportStatus.DONE, rowsChecked, imported, 0, List.of(), null, at);
    }

    ImportJob failed(String why, Instant at) {
        return with(ImportStatus.FAILED, rowsChecked, 0, refusedCount, refused, why, at);
    }

    private ImportJob with(ImportStatus newStatus, long checked, long imported, long count, List<RefusedRow> listed,
            String newMessage, Instant finished) {
        return new ImportJob(id, model, unitCode, fileName, newStatus, checked, imported, count, listed, newMessage, createdBy,
                createdAt, finished);
    }
}
