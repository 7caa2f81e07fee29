package org.learningsociety.core.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.persistence.Rows.SuccessionRow;
import org.learningsociety.core.persistence.Rows.UnitRow;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.Succession;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/** Units as dated versions in {@code ls_unit_version}, successions in {@code ls_unit_succession}. */
final class MyBatisAdministrativeUnits implements AdministrativeUnits {

    private final UnitMapper mapper;
    private final Transactions transactions;
    private final IdBlocks ids;

    MyBatisAdministrativeUnits(SqlSession session, Transactions transactions, IdBlocks ids) {
        this.mapper = session.getMapper(UnitMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
        this.ids = Objects.requireNonNull(ids);
    }

    @Override
    public Optional<AdministrativeUnit> findByCode(String code, LocalDate date) {
        return mapper.findByCode(code, date).stream().findFirst().map(MyBatisAdministrativeUnits::toUnit);
    }

    @Override
    public Optional<AdministrativeUnit> findById(UnitId id, LocalDate date) {
        return mapper.findById(id.value(), date).stream().findFirst().map(MyBatisAdministrativeUnits::toUnit);
    }

    @Override
    public List<AdministrativeUnit> versionsOf(UnitId id) {
        return mapper.versionsOf(id.value()).stream().map(MyBatisAdministrativeUnits::toUnit).toList();
    }

    @Override
    public List<AdministrativeUnit> childrenOf(UnitId parent, LocalDate date) {
        return mapper.childrenOf(parent.value(), date).stream().map(MyBatisAdministrativeUnits::toUnit).toList();
    }

    @Override
    public List<AdministrativeUnit> descendantsOf(UnitId root, LocalDate date) {
        return mapper.descendantsOf(root.value(), date).stream().map(MyBatisAdministrativeUnits::toUnit).toList();
    }

    @Override
    public UnitId nextId() {
        return new UnitId(ids.reserve(IdBlocks.UNIT, 1));
    }

    @Override
    public void add(AdministrativeUnit version) {
        addAll(List.of(version));
    }

    @Override
    public void addAll(Collection<AdministrativeUnit> versions) {
        if (versions.isEmpty()) {
            return;
        }
        List<UnitRow> rows = versions.stream().map(MyBatisAdministrativeUnits::toRow).toList();
        transactions.run(() -> SqlErrors.uniqueAsConflict(
                () -> Chunks.of(rows).forEach(mapper::insertAll),
                () -> new ConflictException("validFrom", null,
                        "Đơn vị hành chính đã có một phiên bản bắt đầu từ cùng ngày")));
    }

    @Override
    public void closeVersion(UnitId id, LocalDate lastDay) {
        if (mapper.closeVersion(id.value(), lastDay) == 0) {
            throw new NotFoundException("unitId", id,
                    "Đơn vị hành chính không có phiên bản còn hiệu lực sau ngày " + lastDay);
        }
    }

    @Override
    public void addSuccessions(Collection<Succession> successions) {
        if (successions.isEmpty()) {
            return;
        }
        List<SuccessionRow> rows = successions.stream().map(s -> {
            SuccessionRow row = new SuccessionRow();
            row.predecessorId = s.predecessor().value();
            row.successorId = s.successor().value();
            row.effectiveOn = s.effectiveOn();
            row.kind = s.kind().name();
            return row;
        }).toList();
        transactions.run(() -> SqlErrors.uniqueAsConflict(
                () -> Chunks.of(rows).forEach(mapper::insertSuccessions),
                () -> new ConflictException("successor", null, "Quan hệ kế thừa đơn vị hành chính đã có")));
    }

    @Override
    public List<Succession> successionsFrom(UnitId predecessor) {
        return mapper.successionsFrom(predecessor.value()).stream()
                .map(r -> new Succession(new UnitId(r.predecessorId), new UnitId(r.successorId), r.effectiveOn,
                        Succession.Kind.valueOf(r.kind)))
                .toList();
    }

    private static AdministrativeUnit toUnit(UnitRow row) {
        return new AdministrativeUnit(new UnitId(row.unitId), row.code, row.name, UnitLevel.valueOf(row.unitLevel),
                row.parentId == null ? null : new UnitId(row.parentId), new Period(row.validFrom, row.validTo),
                row.areaType);
    }

    private static UnitRow toRow(AdministrativeUnit unit) {
        UnitRow row = new UnitRow();
        row.unitId = unit.id().value();
        row.validFrom = unit.validity().from();
        row.validTo = unit.validity().to();
        row.code = unit.code();
        row.name = unit.name();
        row.unitLevel = unit.level().name();
        row.parentId = unit.parent() == null ? null : unit.parent().value();
        row.areaType = unit.areaType();
        return row;
    }
}
