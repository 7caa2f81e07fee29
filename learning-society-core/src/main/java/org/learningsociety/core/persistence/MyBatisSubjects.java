package org.learningsociety.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.persistence.Rows.SubjectRow;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.ConflictException.Kind;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectFilter;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.UnitId;

/** Subjects in {@code ls_subject}, unique per model and portal id. */
final class MyBatisSubjects implements Subjects {

    private static final String INSERT = "INSERT INTO ls_subject (id, kind, model, unit_id, name, external_id, "
            + "province_code) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String RENAME = "UPDATE ls_subject SET name = ? WHERE id = ?";

    private final SqlSession session;
    private final SubjectMapper mapper;
    private final Transactions transactions;
    private final IdBlocks ids;
    private final String databaseId;

    MyBatisSubjects(SqlSession session, Transactions transactions, IdBlocks ids, String databaseId) {
        this.session = Objects.requireNonNull(session);
        this.mapper = session.getMapper(SubjectMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
        this.ids = Objects.requireNonNull(ids);
        this.databaseId = databaseId;
    }

    @Override
    public Optional<Subject> findById(SubjectId id) {
        return findByIds(List.of(id)).stream().findFirst();
    }

    @Override
    public List<Subject> findByIds(Collection<SubjectId> subjectIds) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(subjectIds.stream().map(SubjectId::value).toList()));
        List<Subject> found = new ArrayList<>(distinct.size());
        for (List<Long> chunk : Chunks.of(distinct)) {
            mapper.findByIds(IdArray.of(chunk)).forEach(row -> found.add(toSubject(row)));
        }
        return found;
    }

    @Override
    public java.util.Set<String> existingExternalIds(LearningModel model, java.util.Collection<String> externalIds) {
        java.util.Set<String> existing = new java.util.HashSet<>();
        for (List<String> chunk : Chunks.of(List.copyOf(new java.util.LinkedHashSet<>(externalIds)))) {
            existing.addAll(mapper.existingExternalIds(model.name(), chunk));
        }
        return existing;
    }

    @Override
    public List<Subject> findByExternalIds(LearningModel model, Collection<String> externalIds) {
        List<Subject> found = new ArrayList<>();
        for (List<String> chunk : Chunks.of(List.copyOf(new LinkedHashSet<>(externalIds)))) {
            mapper.findByExternalIds(model.name(), chunk).forEach(row -> found.add(toSubject(row)));
        }
        return found;
    }

    @Override
    public List<Subject> findByUnit(UnitId unit, LearningModel model) {
        return mapper.findByUnit(unit.value(), model.name()).stream().map(MyBatisSubjects::toSubject).toList();
    }

    @Override
    public void renameAll(Collection<Subject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        transactions.run(() -> {
            int[] counts = JdbcBatch.run(session, RENAME, subjects, (statement, subject) -> {
                statement.setString(1, subject.name());
                statement.setLong(2, subject.id().value());
            });
            int i = 0;
            for (Subject subject : subjects) {
                // a driver may answer SUCCESS_NO_INFO (-2) for a row of a batch; only 0 means not found
                if (counts[i++] == 0) {
                    throw new NotFoundException("subjectId", subject.id(), "Không có đối tượng này");
                }
            }
        });
    }

    @Override
    public Optional<Subject> findByExternalId(LearningModel model, String externalId) {
        return mapper.findByExternalId(model.name(), externalId).stream().findFirst().map(MyBatisSubjects::toSubject);
    }

    @Override
    public Page<Subject> find(SubjectFilter filter, PageRequest page) {
        if (filter.units().isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        IdArray units = IdArray.of(filter.units().stream().map(UnitId::value).toList());
        String model = filter.model() == null ? null : filter.model().name();
        String name = Rows.containsPattern(filter.nameContains());
        List<Subject> found = mapper.find(units, model, filter.externalId(), name, page.size(), page.offset()).stream()
                .map(MyBatisSubjects::toSubject).toList();
        return Page.counted(found, page, () -> mapper.count(units, model, filter.externalId(), name));
    }

    @Override
    public SubjectId nextIds(int count) {
        return new SubjectId(ids.reserve(IdBlocks.SUBJECT, count));
    }

    /**
     * Writes the subjects in JDBC batches without reading first: the unique key {@code (external_id,
     * model)} refuses a portal id already taken. Only then, after rolling back to a savepoint taken
     * before the batch (PostgreSQL refuses every statement of a transaction after an error), are the
     * batch's ids looked up to name the first one taken.
     */
    @Override
    public void addAll(Collection<Subject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        transactions.run(() -> {
            // the province of each unit today, looked up once for the batch's units (V21)
            java.time.LocalDate today = ProvinceCodes.dayOf(null);
            ProvinceCodes provinces = new ProvinceCodes(session)
                    .resolve(subjects.stream().map(Subject::unit).distinct().toList(), today);
            SqlErrors.uniqueAsNamedConflict(session.getConnection(), () -> JdbcBatch.run(session, INSERT, subjects,
                    (statement, subject) -> {
                        statement.setLong(1, subject.id().value());
                        statement.setString(2, subject.kind().name());
                        statement.setString(3, subject.model().name());
                        statement.setLong(4, subject.unit().value());
                        statement.setString(5, subject.name());
                        statement.setString(6, subject.externalId());
                        statement.setString(7, provinces.of(subject.unit(), today));
                    }), () -> new ConflictException(Kind.ALREADY_EXISTS, "externalId", firstTaken(subjects),
                            "Đã có đối tượng cùng mô hình học tập với mã định danh này"));
            UnitTallies tallies = new UnitTallies(session, databaseId);
            subjects.forEach(subject -> tallies.subject(subject.unit(), subject.model(), 1));
            tallies.write();
        });
    }

    /** The first of {@code subjects} whose portal id its model already has, or null if none is found. */
    private String firstTaken(Collection<Subject> subjects) {
        java.util.Map<LearningModel, java.util.Set<String>> taken = new java.util.EnumMap<>(LearningModel.class);
        for (Subject subject : subjects) {
            java.util.Set<String> ofModel = taken.computeIfAbsent(subject.model(), model -> existingExternalIds(model,
                    subjects.stream().filter(s -> s.model() == model).map(Subject::externalId).toList()));
            if (ofModel.contains(subject.externalId())) {
                return subject.externalId();
            }
        }
        return null;
    }

    @Override
    public void moveTo(SubjectId id, UnitId unit) {
        transactions.run(() -> {
            // the subject's unit before the move, locked: its count moves with it
            SubjectRow before = mapper.lockForMove(id.value());
            if (before == null) {
                throw new NotFoundException("subjectId", id, "Không có đối tượng này");
            }
            // a household that moves to another province is a new subject there (docs/scaling.md): its
            // registrations of a year stay in one province (V21). A unit a reform abolished hands its
            // subjects to its successors, in whichever province they now are (RollUpAcrossTheReformTest).
            java.time.LocalDate today = ProvinceCodes.dayOf(null);
            ProvinceCodes provinces = new ProvinceCodes(session).resolve(List.of(new UnitId(before.unitId), unit), today);
            boolean stillExists = !session.getMapper(UnitMapper.class).findById(before.unitId, today).isEmpty();
            if (stillExists && !provinces.of(unit, today).equals(provinces.of(new UnitId(before.unitId), today))) {
                throw new ConflictException("unitCode", unit, "Không thể chuyển đối tượng sang thôn, tổ dân phố "
                        + "của tỉnh, thành phố khác; hãy thêm đối tượng mới tại tỉnh, thành phố mới");
            }
            if (mapper.moveTo(id.value(), unit.value()) == 0) {
                throw new NotFoundException("subjectId", id, "Không có đối tượng này");
            }
            LearningModel model = LearningModel.valueOf(before.model);
            new UnitTallies(session, databaseId).subject(new UnitId(before.unitId), model, -1)
                    .subject(unit, model, 1).write();
        });
    }

    private static Subject toSubject(SubjectRow row) {
        return new Subject(new SubjectId(row.id), SubjectKind.valueOf(row.kind), new UnitId(row.unitId), row.name,
                row.externalId);
    }
}
