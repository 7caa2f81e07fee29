package org.learningsociety.workflow.api.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.learningsociety.core.registration.VillageAssessments;
import org.learningsociety.core.registration.VillageRoll;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.RowRefusal;
import org.learningsociety.core.shared.RowsRefusedException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.VillageSubjects;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A village's list as the core takes it, read from a request's body in one of three formats. JSON
 * rows are numbered from 1 in the order of the list; CSV and sheet rows by their line (the header is
 * line 1). CSV and sheets carry the JSON's columns: {@code external_id,name} for subjects,
 * {@code external_id} for a roll, {@code external_id,<indicator codes…>,evidence:<indicator code>…,note}
 * for assessments (a {@code name} column is read and ignored); an evidence cell holds references (an uploaded
 * file's, a path, a URL), several separated by {@code ;}.
 */
public final class VillageLists {

    /** The media types a list comes in. */
    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<org.springframework.http.MediaType> MEDIA_TYPES = List.of(
            org.springframework.http.MediaType.APPLICATION_JSON, org.springframework.http.MediaType.parseMediaType(CSV),
            org.springframework.http.MediaType.parseMediaType(XLSX));

    private final ObjectMapper json;

    public VillageLists(ObjectMapper json) {
        this.json = json;
    }

    /** The format of a body by its declared content type. */
    public enum Format {
        JSON, CSV, XLSX;

        public static Format of(String contentType) {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (type.startsWith(VillageLists.CSV)) {
                return CSV;
            }
            if (type.startsWith(VillageLists.XLSX)) {
                return XLSX;
            }
            return type.startsWith("application/json") ? JSON : null;
        }
    }

    /** The whole body, refused with 413 beyond {@code max} bytes (by its declared length or as read). */
    public static byte[] read(InputStream in, long declaredLength, long max) throws IOException {
        if (declaredLength > max) {
            throw new MaxUploadSizeExceededException(max);
        }
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (body.length > max) {
            throw new MaxUploadSizeExceededException(max);
        }
        return body;
    }

    // --- subjects ---------------------------------------------------------------------------------

    record SubjectItem(String externalId, String name) { }

    record SubjectsJson(LearningModel model, List<SubjectItem> subjects) { }

    /** A village's subjects and their model ({@code model} from the query, or the JSON's). */
    public record Subjects(LearningModel model, List<VillageSubjects.Row> rows) { }

    public Subjects subjects(Format format, byte[] body, LearningModel model) {
        if (format == Format.JSON) {
            SubjectsJson list = parse(body, SubjectsJson.class);
            if (model != null && list.model() != null && model != list.model()) {
                throw new InvalidInputException("model", list.model(), "Mô hình trong nội dung khác tham số model "
                        + model);
            }
            List<SubjectItem> items = required(list.subjects(), "subjects");
            List<VillageSubjects.Row> rows = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                SubjectItem item = items.get(i);
                rows.add(new VillageSubjects.Row(i + 1, item == null ? null : item.externalId(),
                        item == null ? null : item.name()));
            }
            return new Subjects(list.model() != null ? list.model() : model, rows);
        }
        Table table = table(format, body);
        Table.checkHeader(table.columns(), List.of(Table.EXTERNAL_ID, Table.NAME), List.of(Table.EXTERNAL_ID,
                Table.NAME), false);
        return new Subjects(model, table.lines().stream().map(line -> new VillageSubjects.Row(line.row(),
                line.get(Table.EXTERNAL_ID), line.get(Table.NAME))).toList());
    }

    // --- a roll -----------------------------------------------------------------------------------

    record RollJson(List<String> externalIds) { }

    public List<VillageRoll.Row> roll(Format format, byte[] body) {
        if (format == Format.JSON) {
            List<String> ids = required(parse(body, RollJson.class).externalIds(), "externalIds");
            List<VillageRoll.Row> rows = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                rows.add(new VillageRoll.Row(i + 1, ids.get(i)));
            }
            return rows;
        }
        Table table = table(format, body);
        Table.checkHeader(table.columns(), List.of(Table.EXTERNAL_ID), List.of(Table.EXTERNAL_ID, Table.NAME), false);
        return table.lines().stream().map(line -> new VillageRoll.Row(line.row(), line.get(Table.EXTERNAL_ID)))
                .toList();
    }

    // --- assessments ------------------------------------------------------------------------------

    record AssessmentItem(String externalId, List<VillageAssessments.Score> scores,
            List<VillageAssessments.EvidenceItem> evidence, String note) { }

    record AssessmentsJson(List<AssessmentItem> assessments) { }

    public List<VillageAssessments.Row> assessments(Format format, byte[] body) {
        if (format == Format.JSON) {
            List<AssessmentItem> items = required(parse(body, AssessmentsJson.class).assessments(), "assessments");
            List<VillageAssessments.Row> rows = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                AssessmentItem item = items.get(i);
                rows.add(item == null ? new VillageAssessments.Row(i + 1, null, null, null, null)
                        : new VillageAssessments.Row(i + 1, item.externalId(), item.scores(),
                                item.evidence(), item.note()));
            }
            return rows;
        }
        Table table = table(format, body);
        Table.checkHeader(table.columns(), List.of(Table.EXTERNAL_ID), List.of(), true);
        List<String> indicators = table.columns().stream()
                .filter(c -> !List.of(Table.EXTERNAL_ID, Table.NAME, Table.NOTE).contains(c))
                .filter(c -> !c.startsWith(Table.EVIDENCE)).toList();
        List<String> evidenceColumns = table.columns().stream().filter(c -> c.startsWith(Table.EVIDENCE)).toList();
        if (indicators.isEmpty()) {
            throw new RowsRefusedException(List.of(RowRefusal.of(1, "header", String.join(",", table.columns()),
                    "Thiếu các cột điểm, mỗi cột mang mã một chỉ số của bộ tiêu chí")));
        }
        List<RowRefusal> refused = new ArrayList<>();
        List<VillageAssessments.Row> rows = new ArrayList<>(table.lines().size());
        for (Table.Line line : table.lines()) {
            List<VillageAssessments.Score> scores = new ArrayList<>(indicators.size());
            for (String indicator : indicators) {
                String value = line.get(indicator);
                if (value.isEmpty()) {
                    continue;
                }
                try {
                    scores.add(new VillageAssessments.Score(indicator, Integer.valueOf(value)));
                } catch (NumberFormatException e) {
                    refused.add(RowRefusal.of(line.row(), indicator, value, "Điểm phải là một số nguyên"));
                }
            }
            String note = line.get(Table.NOTE);
            rows.add(new VillageAssessments.Row(line.row(), line.get(Table.EXTERNAL_ID), scores,
                    evidence(line, evidenceColumns), note.isEmpty() ? null : note));
        }
        RowsRefusedException.throwIfAny(refused);
        return rows;
    }

    /**
     * A row's evidence from its {@code evidence:<indicator>} cells, several references separated by
     * {@code ;}: an uploaded file's ({@code ls-evidence:…}), a path or a URL, checked as the JSON's are.
     * {@code null} when every such cell is empty, which keeps the evidence already stored.
     */
    private static List<VillageAssessments.EvidenceItem> evidence(Table.Line line, List<String> columns) {
        List<VillageAssessments.EvidenceItem> evidence = new ArrayList<>();
        for (String column : columns) {
            String indicator = column.substring(Table.EVIDENCE.length());
            for (String item : line.get(column).split(";")) {
                String text = item.strip();
                if (!text.isEmpty()) {
                    evidence.add(new VillageAssessments.EvidenceItem(indicator, text, "Minh chứng " + indicator));
                }
            }
        }
        return evidence.isEmpty() ? null : evidence;
    }

    // --- shared -----------------------------------------------------------------------------------

    private static Table table(Format format, byte[] body) {
        return format == Format.CSV ? TableReader.csv(body) : TableReader.xlsx(body);
    }

    private static <T> List<T> required(List<T> list, String field) {
        if (list == null) {
            throw new InvalidInputException(field, null, "Danh sách " + field + " là bắt buộc");
        }
        return list;
    }

    private <T> T parse(byte[] body, Class<T> type) {
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new InvalidInputException("body", null, "Nội dung yêu cầu rỗng");
            }
            return value;
        } catch (InvalidFormatException e) {
            throw new InvalidInputException(path(e), e.getValue(), "Giá trị không hợp lệ"
                    + (e.getTargetType() != null && e.getTargetType().isEnum() ? ", phải là một trong "
                    + java.util.Arrays.stream(e.getTargetType().getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", ")) : ""));
        } catch (JsonMappingException e) {
            if (!e.getPath().isEmpty()) {
                throw new InvalidInputException(path(e), "không đọc được", "Giá trị không đúng kiểu");
            }
            throw unreadable(e);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        } catch (IOException e) {
            throw new InvalidInputException("body", "không đọc được", "Nội dung yêu cầu không đọc được");
        }
    }

    private static InvalidInputException unreadable(JsonProcessingException e) {
        String location = e.getLocation() == null ? "" : " tại dòng " + e.getLocation().getLineNr() + ", cột "
                + e.getLocation().getColumnNr();
        return new InvalidInputException("body", "không đọc được", "Nội dung yêu cầu không phải JSON hợp lệ" + location);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
