package org.learningsociety.core.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.persistence.PlanTaskItemMapper.ItemRow;
import org.learningsociety.core.plantask.PlanTaskItem;
import org.learningsociety.core.plantask.PlanTaskItems;
import org.learningsociety.core.plantask.TaskStatus;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.ConflictException.Kind;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitId;

/**
 * The plan task items in {@code ls_plan_task_item}, one row per plan, task, lead body, unit and year,
 * written under the version it was read at. The changes themselves are in the audit trail, by the row's id.
 */
final class MyBatisPlanTaskItems implements PlanTaskItems {

    private final PlanTaskItemMapper mapper;
    private final Transactions transactions;

    MyBatisPlanTaskItems(SqlSession session, Transactions transactions) {
        this.mapper = session.getMapper(PlanTaskItemMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public List<PlanTaskItem> find(UnitId unit, int year) {
        return mapper.findByUnit(unit.value(), year).stream().map(MyBatisPlanTaskItems::item).toList();
    }

    @Override
    public Optional<PlanTaskItem> find(long id) {
        return Optional.ofNullable(mapper.find(id)).map(MyBatisPlanTaskItems::item);
    }

    @Override
    public void addMissing(Collection<PlanTaskItem> items) {
        transactions.inTransaction(() -> {
            // two first reads of the same year at once: the later one is told to read again
            SqlErrors.uniqueAsConflict(() -> items.forEach(item -> mapper.insertMissing(row(item))),
                    () -> new ConflictException(Kind.CONCURRENT_CHANGE, "year", items.iterator().next().year(),
                            "Danh sách nhiệm vụ của đơn vị vừa được tạo cùng lúc; hãy tải lại"));
            return null;
        });
    }

    @Override
    public PlanTaskItem update(PlanTaskItem item) {
        return transactions.inTransaction(() -> {
            if (mapper.update(row(item)) == 0) {
                throw new ConflictException(Kind.CONCURRENT_CHANGE, "version", item.version(),
                        "Nhiệm vụ này đã được người khác cập nhật cùng lúc; hãy tải lại rồi cập nhật lại");
            }
            return new PlanTaskItem(item.id(), item.planId(), item.planVersion(), item.taskNumber(), item.unit(),
                    item.unitCode(), item.body(), item.year(), item.dueDate(), item.status(), item.setBy(),
                    item.setAt(), item.note(), item.version() + 1);
        });
    }

    @Override
    public void refreshDueDate(long id, int planVersion, LocalDate dueDate) {
        mapper.refreshDueDate(id, planVersion, dueDate);
    }

    private static ItemRow row(PlanTaskItem item) {
        ItemRow row = new ItemRow();
        row.id = item.id();
        row.planId = item.planId();
        row.planVersion = item.planVersion();
        row.taskNumber = item.taskNumber();
        row.unitId = item.unit().value();
        row.unitCode = item.unitCode();
        row.body = item.body().name();
        row.year = item.year();
        row.dueDate = item.dueDate();
        row.status = item.status().name();
        row.setBy = item.setBy();
        row.setAt = item.setAt() == null ? null : MyBatisRegistrations.offset(item.setAt());
        row.note = item.note();
        row.version = item.version();
        return row;
    }

    private static PlanTaskItem item(ItemRow row) {
        return new PlanTaskItem(row.id, row.planId, row.planVersion, row.taskNumber, new UnitId(row.unitId),
                row.unitCode, BodyKind.valueOf(row.body), row.year, row.dueDate, TaskStatus.valueOf(row.status),
                row.setBy, row.setAt == null ? null : MyBatisRegistrations.instant(row.setAt), row.note, row.version);
    }
}
