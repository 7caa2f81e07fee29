package org.learningsociety.core.privacy;

import java.util.List;
import java.util.function.Function;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.privacy.PersonalData.SubjectData;
import org.learningsociety.core.registration.Registration;

/** Writes a subject's data as JSON by hand: the core carries no JSON library. */
final class PersonalDataJson {

    private PersonalDataJson() {
    }

    static String of(SubjectData data) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"subject\": {").append(pairs(
                "id", data.subject().id().value(), "kind", data.subject().kind().name(),
                "model", data.subject().model().name(), "unitId", data.subject().unit().value(),
                "name", data.subject().name(), "externalId", data.subject().externalId())).append("},\n");
        out.append("  \"registrations\": ").append(array(data.registrations(), PersonalDataJson::registration))
                .append(",\n");
        out.append("  \"commendations\": ").append(array(data.commendations(), c -> "{" + pairs("id", c.id().value(),
                "registrationId", c.registration().value(), "form", c.form(), "status", c.status().name(),
                "decisionId", c.decision() == null ? null : c.decision().value(), "refusalReason", c.refusalReason())
                + "}")).append(",\n");
        out.append("  \"auditRecords\": ").append(array(data.auditRecords(), PersonalDataJson::audit)).append("\n}\n");
        return out.toString();
    }

    private static String registration(Registration r) {
        return "{" + pairs("id", r.id().value(), "year", r.year(), "model", r.model().name(), "unitId", r.unit().value(),
                "status", r.status().name(), "selfScores", r.selfScores().encode(),
                "verifiedScores", r.verifiedScores().encode(),
                "decisionId", r.decision() == null ? null : r.decision().value(),
                "nonRecognitionReason", r.nonRecognitionReason())
                + ", \"evidence\": " + array(r.evidence(), PersonalDataJson::evidence) + "}";
    }

    private static String evidence(Evidence e) {
        return "{" + pairs("indicator", e.indicator(), "reference", e.reference(), "title", e.title()) + "}";
    }

    private static String audit(AuditRecord a) {
        return "{" + pairs("entity", a.entity().name(), "entityId", a.entityId(), "action", a.action().name(),
                "actor", a.actor(), "at", a.at().toString(), "before", a.before(), "after", a.after(),
                "reason", a.reason()) + "}";
    }

    private static <T> String array(List<T> items, Function<T, String> item) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "\n    " : ",\n    ").append(item.apply(items.get(i)));
        }
        return out.append(items.isEmpty() ? "]" : "\n  ]").toString();
    }

    private static String pairs(Object... keysAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(string(keysAndValues[i].toString())).append(": ");
            Object value = keysAndValues[i + 1];
            out.append(value == null ? "null" : value instanceof Number ? value.toString() : string(value.toString()));
        }
        return out.toString();
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
