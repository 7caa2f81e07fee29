package org.learningsociety.core.subject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.learningsociety.core.shared.Csv;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.core.shared.Transactions;

/**
 * Imports a portal's subjects of one model from CSV — {@code external_id,name,unit_code}, a header
 * line first, UTF-8 — streaming and in batches, in one transaction: a refused row fails the whole
 * import with its line, the field and the value, and nothing of it is stored.
 */
public class SubjectImport {

    /** The header the file must start with. */
    public static final List<String> HEADER = List.of("external_id", "name", "unit_code");

    private static final int BATCH = 100_000;

    private final SubjectCatalogue catalogue;
    private final Transactions transactions;

    public SubjectImport(SubjectCatalogue catalogue, Transactions transactions) {
        this.catalogue = Objects.requireNonNull(catalogue);
        this.transactions = Objects.requireNonNull(transactions);
    }

    /** How many subjects an import added. */
    public record ImportReport(long imported) { }

    public ImportReport importCsv(LearningModel model, InputStream csv, String fileName) {
        return importRows(model, each -> Csv.forEach(csv, fileName, each), fileName, imported -> { });
    }

    /**
     * Imports the rows of {@code rows} as {@link #importCsv} does a CSV file, telling {@code progress}
     * how many subjects are stored after each batch (they become visible when the whole file commits).
     */
    public ImportReport importRows(LearningModel model, RowSource rows, String fileName, LongConsumer progress) {
        if (model == null) {
            throw new InvalidInputException("model", null, "Mô hình học tập là bắt buộc");
        }
        return transactions.inTransaction(() -> {
            List<SubjectCatalogue.NewSubject> batch = new ArrayList<>(BATCH);
            List<Integer> lines = new ArrayList<>(BATCH);
            Set<String> externalIds = new HashSet<>();
            long[] imported = {0};
            boolean[] header = {false};
            forEach(rows, row -> {
                if (!header[0]) {
                    if (!isHeader(row)) {
                        throw new InvalidInputException(fileName + ", dòng 1", String.join(",", row.fields()),
                                "Dòng tiêu đề phải là " + String.join(",", HEADER));
                    }
                    header[0] = true;
                    return;
                }
                if (isBlank(row)) {
                    return;
                }
                if (row.fields().size() != HEADER.size()) {
                    throw new InvalidInputException(fileName + ", dòng " + row.line(), row.fields().size(),
                            "Dòng phải có " + HEADER.size() + " cột");
                }
                String externalId = row.get(0);
                checkFields(row, fileName);
                if (!externalIds.add(externalId)) {
                    throw new InvalidInputException(fileName + ", dòng " + row.line() + ", cột external_id", externalId,
                            "Mã định danh lặp lại trong tệp");
                }
                batch.add(new SubjectCatalogue.NewSubject(model, row.get(2), row.get(1), externalId));
                lines.add(row.line());
                if (batch.size() == BATCH) {
                    imported[0] += flush(batch, lines, fileName);
                    progress.accept(imported[0]);
                }
            });
            if (!header[0]) {
                throw new InvalidInputException(fileName + ", dòng 1", "", "Tệp rỗng: thiếu dòng tiêu đề");
            }
            imported[0] += flush(batch, lines, fileName);
            progress.accept(imported[0]);
            return new ImportReport(imported[0]);
        });
    }

    private static void forEach(RowSource rows, java.util.function.Consumer<Csv.Row> each) {
        try {
            rows.forEach(each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses an empty or over-long field on its own line, before the row joins a batch. */
    private static void checkFields(Csv.Row row, String fileName) {
        refusalOf(row).ifPresent(refused -> {
            throw new InvalidInputException(fileName + ", dòng " + refused.line() + ", cột " + refused.field(),
                    refused.value(), refused.detail());
        });
    }

    /** Why a data row's fields cannot make a subject, before its unit and portal id are looked up; empty if they can. */
    static Optional<ImportJob.RefusedRow> refusalOf(Csv.Row row) {
        String externalId = row.get(0);
        if (externalId.isEmpty() || externalId.length() > 100) {
            return refused(row, HEADER.get(0), clip(externalId), "Mã định danh của cổng thông tin phải có từ 1 đến 100 ký tự");
        }
        String name = row.get(1);
        if (name.isEmpty() || name.length() > Subject.MAX_NAME_LENGTH) {
            return refused(row, HEADER.get(1), clip(name), "Tên đối tượng phải có từ 1 đến " + Subject.MAX_NAME_LENGTH
                    + " ký tự");
        }
        if (row.get(2).isEmpty()) {
            return refused(row, HEADER.get(2), "", "Mã đơn vị hành chính là bắt buộc");
        }
        return Optional.empty();
    }

    private static Optional<ImportJob.RefusedRow> refused(Csv.Row row, String field, String value, String detail) {
        return Optional.of(new ImportJob.RefusedRow(row.line(), field, value, detail));
    }

    /** Whether {@code row} is the header this import takes (case, spaces and Excel's BOM aside). */
    static boolean isHeader(Csv.Row row) {
        List<String> names = row.fields().stream().map(f -> f.strip().toLowerCase(java.util.Locale.ROOT))
                .map(f -> f.startsWith("\uFEFF") ? f.substring(1) : f).toList();
        return names.equals(HEADER);
    }

    /** Whether {@code row} is an empty line, which an import skips. */
    static boolean isBlank(Csv.Row row) {
        return row.fields().size() == 1 && row.get(0).isEmpty();
    }

    static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private int flush(List<SubjectCatalogue.NewSubject> batch, List<Integer> lines, String fileName) {
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            int size = catalogue.addAll(batch).size();
            batch.clear();
            lines.clear();
            return size;
        } catch (InvalidInputException e) {
            int index = indexOf(batch, e);
            String where = index < 0 ? fileName : fileName + ", dòng " + lines.get(index);
            throw new InvalidInputException(where + ", " + e.field(), e.value(), messageOf(e));
        }
    }

    private static int indexOf(List<SubjectCatalogue.NewSubject> batch, InvalidInputException e) {
        for (int i = 0; i < batch.size(); i++) {
            SubjectCatalogue.NewSubject s = batch.get(i);
            if (Objects.equals(s.externalId(), e.value()) || Objects.equals(s.unitCode(), e.value())
                    || Objects.equals(s.name(), e.value())) {
                return i;
            }
        }
        return -1;
    }

    private static String messageOf(LearningSocietyException e) {
        String message = e.getMessage();
        int detail = message.lastIndexOf(" (trường: ");
        return detail < 0 ? message : message.substring(0, detail);
    }
}
