package org.learningsociety.core.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.indicator.IndicatorValue;
import org.learningsociety.core.indicator.IndicatorValues;
import org.learningsociety.core.persistence.IndicatorValueMapper.ValueRow;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.ConflictException.Kind;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.UnitId;

/**
 * The entered values in {@code ls_indicator_value}, one row per unit, year and indicator, written
 * under the version it was read at. The changes themselves are in the audit trail, by the row's id.
 */
final class MyBatisIndicatorValues implements IndicatorValues {

    private final IndicatorValueMapper mapper;
    private final Transactions transactions;

    MyBatisIndicatorValues(SqlSession session, Transactions transactions) {
        this.mapper = session.getMapper(IndicatorValueMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public List<IndicatorValue> find(Collection<UnitId> units, int year) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(units.stream().map(UnitId::value).toList()));
        List<IndicatorValue> found = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(distinct)) {
            mapper.findByUnits(IdArray.of(chunk), year).forEach(row -> found.add(value(row)));
        }
        return found;
    }

    @Override
    public Optional<IndicatorValue> find(UnitId unit, int year, String indicator) {
        return Optional.ofNullable(mapper.find(unit.value(), year, indicator)).map(MyBatisIndicatorValues::value);
    }

    @Override
    public IndicatorValue save(IndicatorValue value) {
        ValueRow row = row(value);
        return transactions.inTransaction(() -> {
            if (value.version() == 0) {
                SqlErrors.uniqueAsConflict(() -> mapper.insert(row), () -> changedMeanwhile(value));
            } else if (mapper.update(row) == 0) {
                throw changedMeanwhile(value);
            }
            return new IndicatorValue(value.unit(), value.year(), value.indicator(), value.numerator(),
                    value.denominator(), value.answer(), value.note(), value.enteredBy(), value.enteredAt(),
                    value.version() + 1);
        });
    }

    @Override
    public OptionalLong auditId(UnitId unit, int year, String indicator) {
        Long id = mapper.idOf(unit.value(), year, indicator);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    private static ConflictException changedMeanwhile(IndicatorValue value) {
        return new ConflictException(Kind.CONCURRENT_CHANGE, "indicator", value.indicator(),
                "Số liệu chỉ tiêu này đã được người khác nhập hoặc sửa cùng lúc; hãy tải lại rồi nhập lại");
    }

    private static ValueRow row(IndicatorValue value) {
        ValueRow row = new ValueRow();
        row.unitId = value.unit().value();
        row.year = value.year();
        row.indicator = value.indicator();
        row.numerator = value.numerator();
        row.denominator = value.denominator();
        row.answer = value.answer();
        row.note = value.note();
        row.enteredBy = value.enteredBy();
        row.enteredAt = MyBatisRegistrations.offset(value.enteredAt());
        row.version = value.version();
        return row;
    }

    private static IndicatorValue value(ValueRow row) {
        return new IndicatorValue(new UnitId(row.unitId), row.year, row.indicator, row.numerator, row.denominator,
                row.answer, row.note, row.enteredBy, MyBatisRegistrations.instant(row.enteredAt), row.version);
    }
}
