package org.learningsociety.workflow.tenant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitLevel;

/**
 * The province of a unit, as the core's unit hierarchy holds it: the unit itself when it is a province,
 * else its ancestor of the province level on the day the unit is valid (today, or its last day for a past
 * unit). A province that no longer exists (merged in 2025) is followed to its current successor province,
 * so that a past unit's work belongs to the province whose officers now do it. A province's code is its
 * tenant id ("31" for Hải Phòng), its Vietnamese name the tenant's name.
 */
public class Provinces {

    private final UnitDirectory units;
    private final AdministrativeUnits records;
    private final Clock clock;

    public Provinces(UnitDirectory units, AdministrativeUnits records, Clock clock) {
        this.units = Objects.requireNonNull(units);
        this.records = Objects.requireNonNull(records);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The province of the unit holding {@code unitCode} today or last; empty for an unknown code or a unit above provinces. */
    public Optional<AdministrativeUnit> provinceOf(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Optional<AdministrativeUnit> unit = records.findByCode(unitCode, today).or(() -> records.findLatestByCode(unitCode));
        return unit.flatMap(found -> provinceOf(found, today));
    }

    /** The province of {@code unit} (current, following a merged province to its successor). */
    public Optional<AdministrativeUnit> provinceOf(AdministrativeUnit unit, LocalDate today) {
        LocalDate on = unit.validity().contains(today) ? today
                : unit.validity().to() != null ? unit.validity().to() : unit.validity().from();
        AdministrativeUnit province = unit.level() == UnitLevel.PROVINCE ? unit
                : units.ancestorsOf(unit, on).stream().filter(u -> u.level() == UnitLevel.PROVINCE).findFirst()
                        .orElse(null);
        if (province == null) {
            return Optional.empty();
        }
        if (province.validity().contains(today)) {
            return Optional.of(province);
        }
        List<AdministrativeUnit> successors = units.currentSuccessorsOf(province.id()).stream()
                .filter(u -> u.level() == UnitLevel.PROVINCE).toList();
        return Optional.of(successors.isEmpty() ? province : successors.get(0));
    }

    /** The tenant id of the unit's province, or {@code null} when it has none. */
    public String tenantIdOf(String unitCode) {
        return provinceOf(unitCode).map(AdministrativeUnit::code).orElse(null);
    }
}
