package org.learningsociety.workflow.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitLevel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrative units as they stood on a date, their successors, and villages a portal adds. */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/units")
public class UnitsController {

    private final UnitDirectory units;
    private final UnitAccess access;
    private final Clock clock;

    public UnitsController(UnitDirectory units, UnitAccess access, Clock clock) {
        this.units = Objects.requireNonNull(units);
        this.access = Objects.requireNonNull(access);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A unit as it is shown: its code, name, level and the code of its parent on the same date. */
    public record UnitView(String code, String name, UnitLevel level, String parentCode, LocalDate validFrom,
            LocalDate validTo) { }

    /** A village to add under a commune. */
    public record NewUnit(String code, String name, UnitLevel level, String parentCode, LocalDate validFrom) { }

    /**
     * A unit as it stood on a date ({@code on}, today if not given). Its code, name, level, the code of its
     * parent on that date, and the period it was valid.
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{code}")
    public UnitView unit(@PathVariable String code, @RequestParam(required = false) String on) {
        LocalDate date = Dates.dateOrToday("on", on, clock);
        AdministrativeUnit unit = units.unitOn(code, date);
        access.requireAccess(unit.code(), date);
        return view(unit, date);
    }

    /**
     * The current units the unit {@code code} went into, those within the caller's reach: the unit that
     * held the code on {@code on}, or without {@code on} the code's latest unit (an abolished one too).
     */
    @LibraryAction(Action.READ)
    @GetMapping("/{code}/successors")
    public List<UnitView> successors(@PathVariable String code, @RequestParam(required = false) String on) {
        LocalDate today = LocalDate.now(clock);
        List<AdministrativeUnit> successors = on == null || on.isBlank() ? units.currentSuccessorsOf(code)
                : units.currentSuccessorsOf(code, Dates.dateOrToday("on", on, clock));
        List<AdministrativeUnit> reachable = successors.stream()
                .filter(unit -> access.mayReach(unit.code(), today)).toList();
        if (!successors.isEmpty() && reachable.isEmpty()) {
            throw new OutOfScopeException("code", code, "Các đơn vị kế thừa của đơn vị " + code
                    + " không thuộc phạm vi của cán bộ");
        }
        return reachable.stream().map(unit -> view(unit, today)).toList();
    }

    /** The units directly beneath {@code code} as they stood on {@code on} (today if not given): a province's communes, a commune's villages. */
    @LibraryAction(Action.READ)
    @GetMapping("/{code}/children")
    public List<UnitView> children(@PathVariable String code, @RequestParam(required = false) String on) {
        LocalDate date = Dates.dateOrToday("on", on, clock);
        AdministrativeUnit unit = units.unitOn(code, date);
        access.requireAccess(unit.code(), date);
        return units.childrenOf(unit, date).stream().sorted(java.util.Comparator.comparing(AdministrativeUnit::code))
                .map(child -> new UnitView(child.code(), child.name(), child.level(), unit.code(),
                        child.validity().from(), child.validity().to())).toList();
    }

    /**
     * Adds a village (thôn, tổ dân phố; {@code level: VILLAGE}) under a commune. Answers 201 with the unit and
     * its {@code Location}; other levels come from the national list and are refused.
     */
    @ApiResponse(responseCode = "201", description = "Created: the unit, its address in `Location`")
    @LibraryAction(Action.EDIT_UNITS)
    @PostMapping
    public ResponseEntity<UnitView> add(@RequestBody NewUnit unit) {
        if (unit.level() != null && unit.level() != UnitLevel.VILLAGE) {
            throw new InvalidInputException("level", unit.level(),
                    "Cổng thông tin chỉ thêm được thôn, tổ dân phố (VILLAGE); các cấp khác lấy từ danh mục quốc gia");
        }
        LocalDate validFrom = unit.validFrom();
        if (validFrom != null && unit.parentCode() != null) {
            access.requireAccess(unit.parentCode(), validFrom);
        }
        AdministrativeUnit village = units.addVillage(unit.code(), unit.name(), unit.parentCode(), validFrom);
        return ResponseEntity.created(URI.create(LearningSocietyApi.BASE_PATH + "/units/" + village.code()))
                .body(view(village, validFrom));
    }

    private UnitView view(AdministrativeUnit unit, LocalDate date) {
        String parentCode = unit.parent() == null ? null : units.unitOn(unit.parent(), date).code();
        return new UnitView(unit.code(), unit.name(), unit.level(), parentCode, unit.validity().from(),
                unit.validity().to());
    }
}
