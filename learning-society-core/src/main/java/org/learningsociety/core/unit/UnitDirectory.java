package org.learningsociety.core.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.shared.Transactions;

/** The application service for looking up units on a date and adding villages under a commune. */
public class UnitDirectory {

    private final AdministrativeUnits units;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentActor actor;

    /** Without an audit trail: for tools and tests; a host wires the constructor that takes one. */
    public UnitDirectory(AdministrativeUnits units, Transactions transactions, Clock clock) {
        this(units, transactions, clock, AuditTrail.NONE, CurrentActor.SYSTEM);
    }

    /** Every move of a unit is recorded in {@code audit}, in its transaction. */
    public UnitDirectory(AdministrativeUnits units, Transactions transactions, Clock clock, AuditTrail audit,
            CurrentActor actor) {
        this.audit = Objects.requireNonNull(audit);
        this.actor = Objects.requireNonNull(actor);
        this.units = Objects.requireNonNull(units);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The unit holding {@code code} on {@code date}; refuses a code that meant no unit then. */
    public AdministrativeUnit unitOn(String code, LocalDate date) {
        return units.findByCode(code, date).orElseThrow(() -> new NotFoundException("code", code,
                "Không có đơn vị hành chính mang mã " + code + " vào ngày " + date));
    }

    /** The latest version of the unit that held {@code code}, valid today or ended, if any held it. */
    public java.util.Optional<AdministrativeUnit> latestOf(String code) {
        return units.findLatestByCode(code);
    }

    /** The unit {@code id} as it was on {@code date}; refuses a date when it did not exist. */
    public AdministrativeUnit unitOn(UnitId id, LocalDate date) {
        return units.findById(id, date).orElseThrow(() -> new NotFoundException("date", date,
                "Đơn vị hành chính " + id + " không tồn tại vào ngày " + date));
    }

    /** The parent, grandparent, … of {@code unit} on {@code date}, nearest first, ending at the top. */
    public List<AdministrativeUnit> ancestorsOf(AdministrativeUnit unit, LocalDate date) {
        List<AdministrativeUnit> ancestors = new ArrayList<>();
        UnitId parent = unit.parent();
        while (parent != null) {
            AdministrativeUnit next = unitOn(parent, date);
            ancestors.add(next);
            parent = next.parent();
        }
        return ancestors;
    }

    public List<AdministrativeUnit> descendantsOf(AdministrativeUnit unit, LocalDate date) {
        return units.descendantsOf(unit.id(), date);
    }

    /** {@code unit} and every unit beneath it on {@code date}, the unit first. */
    public List<AdministrativeUnit> subtreeOf(AdministrativeUnit unit, LocalDate date) {
        List<AdministrativeUnit> subtree = new java.util.ArrayList<>();
        subtree.add(unit);
        subtree.addAll(descendantsOf(unit, date));
        return subtree;
    }

    public List<AdministrativeUnit> childrenOf(AdministrativeUnit unit, LocalDate date) {
        return units.childrenOf(unit.id(), date);
    }

    /**
     * The units valid today that the past unit {@code id} went into, following successions as many
     * reforms deep as they go; the unit itself if it is still valid.
     */
    public List<AdministrativeUnit> currentSuccessorsOf(UnitId id) {
        LocalDate today = LocalDate.now(clock);
        Set<AdministrativeUnit> current = new LinkedHashSet<>();
        Deque<UnitId> toVisit = new ArrayDeque<>(List.of(id));
        Set<UnitId> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            UnitId next = toVisit.pop();
            if (!seen.add(next)) {
                continue;
            }
            var valid = units.findById(next, today);
            if (valid.isPresent()) {
                current.add(valid.get());
                continue;
            }
            units.successionsFrom(next).forEach(s -> toVisit.add(s.successor()));
        }
        return List.copyOf(current);
    }

    /**
     * The current successors of the unit that held {@code code} whenever it did (its latest version):
     * an abolished unit is found without naming a day before its abolition.
     */
    public List<AdministrativeUnit> currentSuccessorsOf(String code) {
        AdministrativeUnit unit = units.findLatestByCode(code).orElseThrow(() -> new NotFoundException("code", code,
                "Không có đơn vị hành chính nào từng mang mã " + code));
        return currentSuccessorsOf(unit.id());
    }

    /** The current successors of the unit that held {@code code} on {@code date}. */
    public List<AdministrativeUnit> currentSuccessorsOf(String code, LocalDate date) {
        return currentSuccessorsOf(unitOn(code, date).id());
    }

    /**
     * Adds a village (thôn, tổ dân phố) under a commune from {@code validFrom}: the national lists
     * stop at communes, so portals add their villages.
     */
    public AdministrativeUnit addVillage(String code, String name, String communeCode, LocalDate validFrom) {
        return transactions.inTransaction(() -> {
            requireDate(validFrom);
            AdministrativeUnit commune = units.findByCode(communeCode, validFrom).orElseThrow(() ->
                    new NotFoundException("parentCode", communeCode,
                            "Không có xã, phường mang mã " + communeCode + " vào ngày " + validFrom));
            if (commune.level() != UnitLevel.COMMUNE) {
                throw new InvalidInputException("parentCode", communeCode,
                        "Thôn, tổ dân phố phải thuộc một xã, phường; đơn vị " + communeCode + " là cấp "
                                + commune.level().vietnameseName());
            }
            if (units.findByCode(code, validFrom).isPresent()) {
                throw new ConflictException(ConflictException.Kind.ALREADY_EXISTS, "code", code,
                        "Mã đơn vị " + code + " đã được dùng vào ngày " + validFrom, code);
            }
            AdministrativeUnit village = new AdministrativeUnit(units.nextId(), code, name, UnitLevel.VILLAGE,
                    commune.id(), Period.from(validFrom), commune.areaType());
            units.add(village);
            return village;
        });
    }

    /**
     * Moves a unit (typically a village of a commune that was split) under another parent from
     * {@code effectiveOn}: its records follow it from then on, and stay where they were before.
     */
    public AdministrativeUnit moveUnder(UnitId unitId, String newParentCode, LocalDate effectiveOn) {
        return transactions.inTransaction(() -> {
            requireDate(effectiveOn);
            AdministrativeUnit current = unitOn(unitId, effectiveOn);
            AdministrativeUnit parent = units.findByCode(newParentCode, effectiveOn).orElseThrow(() ->
                    new NotFoundException("parentCode", newParentCode,
                            "Không có đơn vị mang mã " + newParentCode + " vào ngày " + effectiveOn));
            if (!current.level().mayBeChildOf(parent.level())) {
                throw new InvalidInputException("parentCode", newParentCode, "Đơn vị cấp "
                        + current.level().vietnameseName() + " không thể thuộc đơn vị cấp "
                        + parent.level().vietnameseName());
            }
            if (current.validity().from().equals(effectiveOn)) {
                throw new ConflictException(ConflictException.Kind.ALREADY_EXISTS, "effectiveOn", effectiveOn,
                        "Đơn vị " + current.code() + " đã có một phiên bản bắt đầu từ ngày này");
            }
            units.closeVersion(unitId, effectiveOn.minusDays(1));
            AdministrativeUnit moved = new AdministrativeUnit(unitId, current.code(), current.name(),
                    current.level(), parent.id(), new Period(effectiveOn, current.validity().to()),
                    current.areaType());
            units.add(moved);
            AdministrativeUnit oldParent = current.parent() == null ? null
                    : units.findById(current.parent(), effectiveOn.minusDays(1)).orElse(null);
            audit.append(AuditRecord.of(Audited.UNIT, unitId.value(), AuditAction.UNIT_MOVED, actor.get(),
                    clock.instant(), current.code() + " thuộc " + (oldParent == null ? current.parent() : oldParent.code())
                            + " từ " + current.validity().from(),
                    current.code() + " thuộc " + parent.code() + " từ " + effectiveOn, null));
            return moved;
        });
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("validFrom", null, "Ngày bắt đầu hiệu lực là bắt buộc");
        }
    }
}
