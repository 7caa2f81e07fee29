package org.learningsociety.core.unit;

import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Period;

/**
 * One version of an administrative unit: its code, name, level and parent as they held during
 * {@code validity}. A unit that is renamed or moves to another parent keeps its {@link UnitId} and
 * gets a new version; a unit formed by a merge is a new unit with {@link Succession}s.
 *
 * @param parent {@code null} only for the centre
 * @param areaType the kind of area for targets that differ by area (e.g. {@code MOUNTAINOUS});
 *     {@code null} for an ordinary area
 */
public record AdministrativeUnit(
        UnitId id, String code, String name, UnitLevel level, UnitId parent, Period validity, String areaType) {

    public AdministrativeUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(validity, "validity");
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", code, "Mã đơn vị hành chính không được để trống");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", name, "Tên đơn vị hành chính không được để trống");
        }
        if (parent == null && level != UnitLevel.CENTRE) {
            throw new InvalidInputException("parentCode", null,
                    "Đơn vị cấp " + level.vietnameseName() + " phải có đơn vị cấp trên");
        }
    }

    public boolean isValidOn(LocalDate date) {
        return validity.contains(date);
    }
}
