package org.learningsociety.core.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.persistence.Rows.ImportRow;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.ImportJob;
import org.learningsociety.core.subject.ImportJobs;
import org.learningsociety.core.subject.ImportStatus;
import org.learningsociety.core.subject.LearningModel;

/** Import jobs in {@code ls_import}; the refused rows as text, one per line, fields separated by tabs. */
final class MyBatisImportJobs implements ImportJobs {

    /** The longest refused-rows text kept: the column's size. */
    private static final int MAX_REFUSED_TEXT = 1_000_000;

    private final ImportMapper mapper;
    private final Transactions transactions;
    private final IdBlocks ids;

    MyBatisImportJobs(SqlSession session, Transactions transactions, IdBlocks ids) {
        this.mapper = session.getMapper(ImportMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
        this.ids = Objects.requireNonNull(ids);
    }

    @Override
    public long nextId() {
        return ids.reserve(IdBlocks.IMPORT, 1);
    }

    @Override
    public void add(ImportJob job) {
        transactions.run(() -> mapper.insert(toRow(job)));
    }

    @Override
    public void update(ImportJob job) {
        transactions.run(() -> mapper.update(toRow(job)));
    }

    @Override
    public Optional<ImportJob> findById(long id) {
        return mapper.findById(id).stream().findFirst().map(MyBatisImportJobs::toJob);
    }

    private static ImportRow toRow(ImportJob job) {
        ImportRow row = new ImportRow();
        row.id = job.id();
        row.model = job.model().name();
        row.unitCode = job.unitCode();
        row.fileName = job.fileName();
        row.status = job.status().name();
        row.rowsChecked = job.rowsChecked();
        row.rowsImported = job.rowsImported();
        row.refusedCount = job.refusedCount();
        row.refused = encode(job.refused());
        row.message = job.message() == null ? null : job.message().substring(0, Math.min(4000, job.message().length()));
        row.createdBy = job.createdBy();
        row.createdAt = MyBatisRegistrations.offset(job.createdAt());
        row.finishedAt = MyBatisRegistrations.offset(job.finishedAt());
        return row;
    }

    private static ImportJob toJob(ImportRow row) {
        return new ImportJob(row.id, LearningModel.valueOf(row.model), row.unitCode, row.fileName, ImportStatus.valueOf(row.status),
                row.rowsChecked, row.rowsImported, row.refusedCount, decode(row.refused), row.message, row.createdBy,
                MyBatisRegistrations.instant(row.createdAt), MyBatisRegistrations.instant(row.finishedAt));
    }

    private static String encode(List<ImportJob.RefusedRow> refused) {
        if (refused.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (ImportJob.RefusedRow row : refused) {
            String line = row.line() + "\t" + clean(row.field()) + "\t" + clean(row.value()) + "\t" + clean(row.detail())
                    + "\n";
            if (text.length() + line.length() > MAX_REFUSED_TEXT) {
                break;
            }
            text.append(line);
        }
        return text.toString();
    }

    private static List<ImportJob.RefusedRow> decode(String text) {
        List<ImportJob.RefusedRow> rows = new ArrayList<>();
        if (text == null) {
            return rows;
        }
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 4) {
                rows.add(new ImportJob.RefusedRow(Long.parseLong(f[0]), f[1], f[2], f[3]));
            }
        }
        return rows;
    }

    /** A field without the tabs and line breaks that separate the stored text. */
    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
