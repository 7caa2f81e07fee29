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

    /** The longest code and name the tables hold ({@code ls_unit_version}). */
    public static final int MAX_CODE = 20;
    public static final int MAX_NAME = 300;

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
        if (code.length() > MAX_CODE) {
            throw new InvalidInputException("code", code.substring(0, MAX_CODE) + "…",
                    "Mã đơn vị hành chính dài quá " + MAX_CODE + " ký tự");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("name", name.substring(0, 40) + "…",
                    "Tên đơn vị hành chính dài quá " + MAX_NAME + " ký tự");
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
