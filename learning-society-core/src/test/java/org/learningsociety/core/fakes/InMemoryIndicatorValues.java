package org.learningsociety.core.fakes;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.learningsociety.core.indicator.IndicatorValue;
import org.learningsociety.core.indicator.IndicatorValues;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.unit.UnitId;

/**
 * Entered values in memory, one per unit, year and indicator, each with the id the audit trail
 * follows it by; written under the version read, as the table is.
 */
public final class InMemoryIndicatorValues implements IndicatorValues, Snapshotting {

    private record Key(UnitId unit, int year, String indicator) { }

    private record Row(long id, IndicatorValue value) { }

    private Map<Key, Row> rows = new LinkedHashMap<>();
    private long lastId;

    @Override
    public List<IndicatorValue> find(Collection<UnitId> units, int year) {
        Set<UnitId> wanted = new HashSet<>(units);
        return rows.values().stream().map(Row::value).filter(v -> v.year() == year && wanted.contains(v.unit()))
                .toList();
    }

    @Override
    public Optional<IndicatorValue> find(UnitId unit, int year, String indicator) {
        return Optional.ofNullable(rows.get(new Key(unit, year, indicator))).map(Row::value);
    }

    @Override
    public IndicatorValue save(IndicatorValue value) {
        Key key = new Key(value.unit(), value.year(), value.indicator());
        Row stored = rows.get(key);
        int storedVersion = stored == null ? 0 : stored.value().version();
        if (storedVersion != value.version()) {
            throw new ConflictException(ConflictException.Kind.CONCURRENT_CHANGE, "indicator", value.indicator(),
                    "Số liệu chỉ tiêu này đã được người khác nhập hoặc sửa cùng lúc");
        }
        IndicatorValue saved = new IndicatorValue(value.unit(), value.year(), value.indicator(), value.numerator(),
                value.denominator(), value.answer(), value.note(), value.enteredBy(), value.enteredAt(),
                value.version() + 1);
        Map<Key, Row> all = new LinkedHashMap<>(rows);
        all.put(key, new Row(stored == null ? ++lastId : stored.id(), saved));
        rows = all;
        return saved;
    }

    @Override
    public OptionalLong auditId(UnitId unit, int year, String indicator) {
        Row row = rows.get(new Key(unit, year, indicator));
        return row == null ? OptionalLong.empty() : OptionalLong.of(row.id());
    }

    @Override
    public Object snapshot() {
        return Map.copyOf(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        rows = new LinkedHashMap<>((Map<Key, Row>) snapshot);
    }
}
