package org.learningsociety.core.campaign;

import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.subject.LearningModel;

/**
 * What a cycle's business key names: one model, one year, one commune, written
 * {@code <MODEL>:<year>:<unit code>}, e.g. {@code FAMILY:2026:11911}.
 */
public record CycleKey(LearningModel model, int year, String unitCode) {

    public static CycleKey parse(String businessKey) {
        String[] parts = businessKey == null ? new String[0] : businessKey.split(":");
        if (parts.length != 3 || !parts[1].matches("\\d{4}") || parts[2].isBlank()) {
            throw new InvalidInputException("businessKey", businessKey,
                    "Mã chu kỳ phải có dạng <MÔ HÌNH>:<năm>:<mã xã>, ví dụ FAMILY:2026:11911");
        }
        return new CycleKey(LearningModel.parse("model", parts[0]), Integer.parseInt(parts[1]), parts[2]);
    }

    public String businessKey() {
        return model.name() + ":" + year + ":" + unitCode;
    }
}
