package org.learningsociety.core.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.persistence.Rows.UnitRow;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.ConflictException.Kind;
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

    private static final String INSERT = "INSERT INTO ls_unit_version (unit_id, valid_from, valid_to, code, name, "
            + "unit_level, parent_id, area_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SUCCESSION = "INSERT INTO ls_unit_succession (predecessor_id, successor_id, "
            + "effective_on, kind) VALUES (?, ?, ?, ?)";

    private final SqlSession session;
    private final UnitMapper mapper;
    private final Transactions transactions;
    private final IdBlocks ids;

    MyBatisAdministrativeUnits(SqlSession session, Transactions transactions, IdBlocks ids) {
        this.session = Objects.requireNonNull(session);
        this.mapper = session.getMapper(UnitMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
        this.ids = Objects.requireNonNull(ids);
    }

    @Override
    public java.util.Map<String, AdministrativeUnit> findByCodes(java.util.Collection<String> codes, LocalDate date) {
        java.util.Map<String, AdministrativeUnit> found = new java.util.HashMap<>();
        for (List<String> chunk : Chunks.of(List.copyOf(new java.util.LinkedHashSet<>(codes)))) {
            mapper.findByCodes(chunk, date).stream().map(MyBatisAdministrativeUnits::toUnit)
                    .forEach(unit -> found.merge(unit.code(), unit,
                            (a, b) -> a.validity().from().isAfter(b.validity().from()) ? a : b));
        }
        return found;
    }

    @Override
    public Optional<AdministrativeUnit> findByCode(String code, LocalDate date) {
        return mapper.findByCode(code, date).stream().findFirst().map(MyBatisAdministrativeUnits::toUnit);
    }

    @Override
    public Optional<AdministrativeUnit> findLatestByCode(String code) {
        return mapper.findLatestByCode(code).stream().findFirst().map(MyBatisAdministrativeUnits::toUnit);
    }

    @Override
    public Optional<AdministrativeUnit> findById(UnitId id, LocalDate date) {
        return mapper.findById(id.value(), date).stream().findFirst().map(MyBatisAdministrativeUnits::toUnit);
    }

    @Override
    public java.util.Map<UnitId, AdministrativeUnit> findByIds(java.util.Collection<UnitId> ids, LocalDate date) {
        java.util.Map<UnitId, AdministrativeUnit> found = new java.util.HashMap<>();
        List<Long> distinct = ids.stream().map(UnitId::value).distinct().toList();
        if (distinct.isEmpty()) {
            return found;
        }
        // a unit has one version on a date; should two overlap, the later one holds (as findById's order)
        for (IdArray chunk : IdArray.chunksOf(distinct)) {
            mapper.findByIds(chunk, date).stream().map(MyBatisAdministrativeUnits::toUnit)
                    .forEach(unit -> found.merge(unit.id(), unit,
                            (a, b) -> a.validity().from().isAfter(b.validity().from()) ? a : b));
        }
        return found;
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
    public void lockReferenceData() {
        mapper.lockReferenceData();
    }

    @Override
    public List<AdministrativeUnit> descendantsOf(UnitId root, LocalDate date) {
        return mapper.descendantsOf(root.value(), date).stream().map(MyBatisAdministrativeUnits::toUnit).toList();
    }

    @Override
    public java.util.Map<UnitId, List<AdministrativeUnit>> descendantsOfEach(java.util.Collection<UnitId> roots,
            LocalDate date) {
        java.util.Map<UnitId, List<AdministrativeUnit>> below = new java.util.HashMap<>();
        roots.forEach(root -> below.put(root, new java.util.ArrayList<>()));
        if (roots.isEmpty()) {
            return below;
        }
        List<AdministrativeUnit> all = new java.util.ArrayList<>();
        for (IdArray chunk : IdArray.chunksOf(roots.stream().map(UnitId::value).distinct().toList())) {
            mapper.descendantsOfAll(chunk, date).stream().map(MyBatisAdministrativeUnits::toUnit).forEach(all::add);
        }
        java.util.Map<UnitId, List<AdministrativeUnit>> children = new java.util.HashMap<>();
        all.forEach(u -> children.computeIfAbsent(u.parent(), k -> new java.util.ArrayList<>()).add(u));
        // each root's subtree, walked down from it in memory (the rows are in code order, as descendantsOf's)
        for (var entry : below.entrySet()) {
            java.util.Deque<UnitId> todo = new java.util.ArrayDeque<>(List.of(entry.getKey()));
            java.util.Set<UnitId> seen = new java.util.HashSet<>(todo);
            while (!todo.isEmpty()) {
                for (AdministrativeUnit child : children.getOrDefault(todo.poll(), List.of())) {
                    if (seen.add(child.id())) {
                        entry.getValue().add(child);
                        todo.add(child.id());
                    }
                }
            }
            entry.getValue().sort(java.util.Comparator.comparing(AdministrativeUnit::code));
        }
        return below;
    }

    @Override
    public UnitId nextIds(int count) {
        return new UnitId(ids.reserve(IdBlocks.UNIT, count));
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
        transactions.run(() -> SqlErrors.uniqueAsConflict(
                () -> JdbcBatch.run(session, INSERT, versions, (statement, unit) -> {
                    statement.setLong(1, unit.id().value());
                    JdbcBatch.setDate(statement, 2, unit.validity().from());
                    JdbcBatch.setDate(statement, 3, unit.validity().to());
                    statement.setString(4, unit.code());
                    statement.setString(5, unit.name());
                    statement.setString(6, unit.level().name());
                    JdbcBatch.setLong(statement, 7, unit.parent() == null ? null : unit.parent().value());
                    JdbcBatch.setString(statement, 8, unit.areaType());
                }),
                () -> new ConflictException(Kind.ALREADY_EXISTS, "validFrom", null,
                        "Đơn vị hành chính đã có một phiên bản bắt đầu từ cùng ngày")));
        List<String> provinces = versions.stream().filter(unit -> unit.level() == UnitLevel.PROVINCE)
                .map(AdministrativeUnit::code).distinct().toList();
        if (!provinces.isEmpty()) {
            transactions.run(() -> addPartitions(provinces));
        }
    }

    /**
     * On PostgreSQL (V21), a province added (the country's units loaded on a fresh database, a province
     * added later) gets its partitions of this year and the next at once, in the same transaction, so
     * that its first registrations do not wait in the year's DEFAULT partition for the next start.
     */
    private void addPartitions(List<String> provinces) {
        if (!"postgresql".equals(session.getConfiguration().getDatabaseId())) {
            return;
        }
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        try {
            java.sql.Connection connection = session.getConnection();
            try (java.sql.PreparedStatement statement = connection.prepareStatement("SELECT ls_add_partitions(?, ?, ?)")) {
                statement.setInt(1, year);
                statement.setInt(2, year + 1);
                statement.setArray(3, connection.createArrayOf("text", provinces.toArray()));
                statement.execute();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("learning-society: partitions of provinces " + provinces
                    + " not added: " + e.getMessage(), e);
        }
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
        transactions.run(() -> SqlErrors.uniqueAsConflict(
                () -> JdbcBatch.run(session, INSERT_SUCCESSION, successions, (statement, succession) -> {
                    statement.setLong(1, succession.predecessor().value());
                    statement.setLong(2, succession.successor().value());
                    JdbcBatch.setDate(statement, 3, succession.effectiveOn());
                    statement.setString(4, succession.kind().name());
                }),
                () -> new ConflictException(Kind.ALREADY_EXISTS, "successor", null,
                        "Quan hệ kế thừa đơn vị hành chính đã có")));
    }

    @Override
    public List<Succession> successionsFrom(UnitId predecessor) {
        return mapper.successionsFrom(predecessor.value()).stream()
                .map(r -> new Succession(new UnitId(r.predecessorId), new UnitId(r.successorId), r.effectiveOn,
                        Succession.Kind.valueOf(r.kind)))
                .toList();
    }

    @Override
    public List<Succession> successionsInto(java.util.Collection<UnitId> successors) {
        List<Long> ids = successors.stream().map(UnitId::value).distinct().toList();
        List<Succession> found = new java.util.ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        // all at once (a report asks for a province's 3,000 units): one statement, its order the query's
        List<IdArray> chunks = IdArray.chunksOf(ids);
        for (IdArray chunk : chunks) {
            mapper.successionsInto(chunk).forEach(r -> found.add(new Succession(new UnitId(r.predecessorId),
                    new UnitId(r.successorId), r.effectiveOn, Succession.Kind.valueOf(r.kind))));
        }
        if (chunks.size() > 1) {
            // the whole country in more than one array: the query's order, over all of them
            found.sort(java.util.Comparator.comparing(Succession::effectiveOn)
                    .thenComparing(x -> x.predecessor().value()));
        }
        return found;
    }

    private static AdministrativeUnit toUnit(UnitRow row) {
        return new AdministrativeUnit(new UnitId(row.unitId), row.code, row.name, UnitLevel.valueOf(row.unitLevel),
                row.parentId == null ? null : new UnitId(row.parentId), new Period(row.validFrom, row.validTo),
                row.areaType);
    }
}
