package org.learningsociety.core.subject;

import java.util.Objects;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.unit.UnitId;

/**
 * A household, clan, community, organisation or person taking part in a learning model, attached
 * to the unit it belongs to. It holds only what the programme needs (Decree 13/2023/NĐ-CP): a name
 * and the portal's own id for it.
 *
 * @param externalId the portal's id for this subject (its household registry number, say);
 *     unique per model
 */
public record Subject(SubjectId id, SubjectKind kind, UnitId unit, String name, String externalId) {

    public static final int MAX_NAME_LENGTH = 300;

    public Subject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", name, "Tên đối tượng không được để trống");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", name.substring(0, 40) + "…",
                    "Tên đối tượng dài quá " + MAX_NAME_LENGTH + " ký tự");
        }
        if (externalId == null || externalId.isBlank() || externalId.length() > 100) {
            throw new InvalidInputException("externalId", externalId,
                    "Mã định danh của cổng thông tin phải có từ 1 đến 100 ký tự");
        }
    }

    public LearningModel model() {
        return kind.model();
    }
}
