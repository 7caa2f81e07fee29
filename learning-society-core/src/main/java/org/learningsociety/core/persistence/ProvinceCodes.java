package org.learningsociety.core.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.unit.UnitId;

/**
 * The {@code province_code} a subject, registration or evidence row is written with (V21): the code of
 * the province above its unit on the day the row is written, as {@code ls_unit_version} then stood (the
 * unit itself if it is a province; each unit in its version in force that day, or its last version
 * before it). Never changed afterwards. A unit with no province above it gets {@link #NONE}, which
 * PostgreSQL keeps in a year's DEFAULT partition.
 *
 * <p>Resolved once per batch: {@link #resolve} looks up a batch's distinct units of a day in one
 * recursive query (a village batch is one unit), then {@link #of} answers from memory.
 */
final class ProvinceCodes {

    /** No province above the unit. */
    static final String NONE = "";

    /** The day a row is written on is Vietnam's day. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private record Key(long unit, LocalDate day) {
    }

    private final UnitMapper units;
    private final Map<Key, String> codes = new HashMap<>();

    ProvinceCodes(SqlSession session) {
        this.units = session.getMapper(UnitMapper.class);
    }

    /** Vietnam's day of {@code at}, or today's if null (a row with no time of its own). */
    static LocalDate dayOf(Instant at) {
        return (at == null ? Instant.now() : at).atZone(VIETNAM).toLocalDate();
    }

    /** Looks up the provinces of {@code units} on {@code day} not looked up yet; returns this. */
    ProvinceCodes resolve(Collection<UnitId> unitIds, LocalDate day) {
        Set<Long> missing = new LinkedHashSet<>();
        for (UnitId unit : unitIds) {
            if (!codes.containsKey(new Key(unit.value(), day))) {
                missing.add(unit.value());
            }
        }
        for (List<Long> chunk : Chunks.of(new ArrayList<>(missing))) {
            for (Rows.ProvinceRow row : units.provincesOf(IdArray.of(chunk), day)) {
                codes.put(new Key(row.unitId, day), row.provinceCode);
            }
            chunk.forEach(unit -> codes.putIfAbsent(new Key(unit, day), NONE));
        }
        return this;
    }

    /** The province of {@code unit} on {@code day}, which {@link #resolve} must have looked up. */
    String of(UnitId unit, LocalDate day) {
        String code = codes.get(new Key(unit.value(), day));
        if (code == null) {
            throw new IllegalStateException("province of unit " + unit.value() + " on " + day + " not resolved");
        }
        return code;
    }
}
