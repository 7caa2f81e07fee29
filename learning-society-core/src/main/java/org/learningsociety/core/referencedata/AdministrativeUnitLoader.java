package org.learningsociety.core.referencedata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.learningsociety.core.referencedata.NationalUnitData.Conversion;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.Succession;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Loads the country's administrative units on both sides of the reform of 1 July 2025 and the
 * successions between them — the whole country or one post-reform province with the old provinces
 * that went into it. Each load is one transaction and idempotent: units already there are kept,
 * and loading twice adds nothing.
 */
public class AdministrativeUnitLoader {

    /** The first day of the two-tier local government. */
    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);
    /** The centre's code. */
    public static final String CENTRE_CODE = "VN";

    private static final LocalDate CENTRE_SINCE = LocalDate.of(1945, 9, 2);

    private final AdministrativeUnits units;
    private final Transactions transactions;
    private final NationalUnitData.Source source;
    private final LocalDate oldUnitsValidFrom;
    private NationalUnitData data;

    /**
     * @param oldUnitsValidFrom the date the pre-reform list is taken to hold from: the list is the
     *     one of 4 January 2025 and carries no earlier history, so it is taken as valid for the whole
     *     programme (default 1 January 2021)
     */
    public AdministrativeUnitLoader(AdministrativeUnits units, Transactions transactions,
            NationalUnitData.Source source, LocalDate oldUnitsValidFrom) {
        this.units = Objects.requireNonNull(units);
        this.transactions = Objects.requireNonNull(transactions);
        this.source = Objects.requireNonNull(source);
        this.oldUnitsValidFrom = Objects.requireNonNull(oldUnitsValidFrom);
    }

    public AdministrativeUnitLoader(AdministrativeUnits units, Transactions transactions) {
        this(units, transactions, NationalUnitData.Source.shipped(), LocalDate.of(2021, 1, 1));
    }

    /** What a load added, and the conversion rows it could not apply (with the reason). */
    public record LoadReport(int unitsAdded, int successionsAdded, List<String> skipped) {

        public boolean addedNothing() {
            return unitsAdded == 0 && successionsAdded == 0;
        }
    }

    /** Loads every unit of the country, before and after the reform, with the conversion table. */
    public LoadReport loadCountry() {
        NationalUnitData national = data();
        return load(national, oldProvince -> true, newProvince -> true);
    }

    /**
     * Loads one post-reform province ({@code 31} for Hải Phòng): its communes, and the old provinces
     * (with their districts and communes) that went into it, with the conversion between them.
     */
    public LoadReport loadProvince(String newProvinceCode) {
        NationalUnitData national = data();
        if (!national.newProvinces().containsKey(newProvinceCode)) {
            throw new NotFoundException("provinceCode", newProvinceCode, "Không có tỉnh, thành phố mang mã này sau ngày "
                    + REFORM_DATE);
        }
        Set<String> feeding = new HashSet<>(national.oldProvincesFeeding(newProvinceCode));
        return load(national, feeding::contains, newProvinceCode::equals);
    }

    private synchronized NationalUnitData data() {
        if (data == null) {
            data = NationalUnitData.read(source);
        }
        return data;
    }

    private LoadReport load(NationalUnitData national, Predicate<String> oldProvinceWanted,
            Predicate<String> newProvinceWanted) {
        return transactions.inTransaction(() -> {
            // another node starting on the same empty database waits here, then finds this one's units
            units.lockReferenceData();
            LocalDate lastOldDay = REFORM_DATE.minusDays(1);
            List<AdministrativeUnit> added = new ArrayList<>();
            AdministrativeUnit centre = units.findByCode(CENTRE_CODE, REFORM_DATE).orElse(null);
            if (centre == null) {
                centre = new AdministrativeUnit(units.nextId(), CENTRE_CODE, "Việt Nam", UnitLevel.CENTRE, null,
                        Period.from(CENTRE_SINCE), null);
                units.add(centre);
                added.add(centre);
            }
            Map<String, UnitId> oldIds = codesToIds(units.descendantsOf(centre.id(), lastOldDay));
            Map<String, UnitId> newIds = codesToIds(units.descendantsOf(centre.id(), REFORM_DATE));
            Period oldPeriod = Period.between(oldUnitsValidFrom, lastOldDay);
            int wanted = national.oldProvinces().size() + national.oldDistricts().size() + national.oldCommunes().size()
                    + national.newProvinces().size() + national.newCommunes().size();
            IdBlock block = new IdBlock(units.nextIds(wanted), wanted);
            Period newPeriod = Period.from(REFORM_DATE);

            for (var province : national.oldProvinces().values()) {
                if (oldProvinceWanted.test(province.code()) && !oldIds.containsKey(province.code())) {
                    added.add(unit(oldIds, province.code(), province.name(), UnitLevel.PROVINCE, centre.id(), oldPeriod, block));
                }
            }
            for (var district : national.oldDistricts().values()) {
                if (oldProvinceWanted.test(district.provinceCode()) && !oldIds.containsKey(district.code())) {
                    added.add(unit(oldIds, district.code(), district.name(), UnitLevel.DISTRICT,
                            oldIds.get(district.provinceCode()), oldPeriod, block));
                }
            }
            for (var commune : national.oldCommunes().values()) {
                if (oldProvinceWanted.test(commune.provinceCode()) && !oldIds.containsKey(commune.code())) {
                    added.add(unit(oldIds, commune.code(), commune.name(), UnitLevel.COMMUNE,
                            oldIds.get(commune.districtCode()), oldPeriod, block));
                }
            }
            Set<String> newlyAdded = new LinkedHashSet<>();
            for (var province : national.newProvinces().values()) {
                if (newProvinceWanted.test(province.code()) && !newIds.containsKey(province.code())) {
                    added.add(unit(newIds, province.code(), province.name(), UnitLevel.PROVINCE, centre.id(), newPeriod, block));
                    newlyAdded.add(province.code());
                }
            }
            for (var commune : national.newCommunes().values()) {
                if (newProvinceWanted.test(commune.provinceCode()) && !newIds.containsKey(commune.code())) {
                    added.add(unit(newIds, commune.code(), commune.name(), UnitLevel.COMMUNE,
                            newIds.get(commune.provinceCode()), newPeriod, block));
                    newlyAdded.add(commune.code());
                }
            }
            units.addAll(added.subList(added.isEmpty() || added.get(0).level() != UnitLevel.CENTRE ? 0 : 1,
                    added.size()));

            List<String> skipped = new ArrayList<>();
            Set<Succession> successions = new LinkedHashSet<>();
            Map<String, Set<String>> provinceSuccessions = new HashMap<>();
            for (Conversion conversion : national.conversions()) {
                if (!newlyAdded.contains(conversion.newCommuneCode())) {
                    continue;
                }
                String oldCode = conversion.oldCommuneCode() != null ? conversion.oldCommuneCode()
                        : conversion.oldDistrictCode();
                UnitId predecessor = oldCode == null ? null : oldIds.get(oldCode);
                if (predecessor == null) {
                    skipped.add(NationalUnitData.CONVERSION_FILE + ", dòng " + conversion.line()
                            + ": không có đơn vị cũ mang mã " + oldCode + " trong danh sách trước sắp xếp");
                    continue;
                }
                successions.add(new Succession(predecessor, newIds.get(conversion.newCommuneCode()), REFORM_DATE,
                        conversion.kind()));
                if (conversion.oldProvinceCode() != null && newlyAdded.contains(conversion.newProvinceCode())) {
                    provinceSuccessions.computeIfAbsent(conversion.newProvinceCode(), k -> new LinkedHashSet<>())
                            .add(conversion.oldProvinceCode());
                }
            }
            provinceSuccessions.forEach((newProvince, oldProvinces) -> oldProvinces.forEach(oldProvince -> {
                UnitId old = oldIds.get(oldProvince);
                if (old != null) {
                    successions.add(new Succession(old, newIds.get(newProvince), REFORM_DATE, Succession.Kind.WHOLE));
                }
            }));
            units.addSuccessions(successions);
            return new LoadReport(added.size(),
                    successions.size(), List.copyOf(skipped));
        });
    }

    private AdministrativeUnit unit(Map<String, UnitId> ids, String code, String name, UnitLevel level, UnitId parent,
            Period period, IdBlock block) {
        UnitId id = block.next();
        ids.put(code, id);
        return new AdministrativeUnit(id, code, name, level, parent, period, null);
    }

    /** Ids reserved in one go for everything a load may add: one round trip, not one per unit. */
    private static final class IdBlock {
        private long next;
        private final long end;

        IdBlock(UnitId first, int size) {
            this.next = first.value();
            this.end = next + size;
        }

        UnitId next() {
            if (next >= end) {
                throw new IllegalStateException("id block exhausted");
            }
            return new UnitId(next++);
        }
    }

    private static Map<String, UnitId> codesToIds(List<AdministrativeUnit> existing) {
        Map<String, UnitId> ids = new HashMap<>();
        existing.stream().filter(u -> u.level() != UnitLevel.VILLAGE).forEach(u -> ids.put(u.code(), u.id()));
        return ids;
    }
}
