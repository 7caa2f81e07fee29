package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.fakes.TestClock;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plantask.NotResponsibleException;
import org.learningsociety.core.plantask.PlanTaskTracking;
import org.learningsociety.core.plantask.PlanTaskTracking.Line;
import org.learningsociety.core.plantask.PlanTaskTracking.Sheet;
import org.learningsociety.core.plantask.TaskStatus;
import org.learningsociety.core.referencedata.PlanFile;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.Period;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.CallerBodies;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * Thái Bình's task table (29/KH-KHKH, "Nhiệm vụ trọng tâm", as shipped) tracked per body, unit and year
 * on H2 and PostgreSQL: the items a commune's and the province's year get, their due dates from the
 * plan, the overdue ones, the association setting a status, audited, and every other body refused.
 * The units are the test's own, as Thái Bình stood before it went into Hưng Yên on 1 July 2025.
 */
class TrackingThaiBinhsTaskTableTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final String PLAN = "thai-binh-29-kh-khkh-2022";

    private final TestClock clock = TestClock.on(LocalDate.of(2022, 7, 15));

    /** The province association's officers answer for the association and (setBy) the steering committee of 34. */
    private static final CallerBodies PROVINCE_ASSOCIATION = (unit, body) -> unit.code().equals("34")
            && body == BodyKind.ASSOCIATION;
    private static final CallerBodies COMMUNE_ASSOCIATION = (unit, body) -> unit.code().equals("34C")
            && body == BodyKind.ASSOCIATION;
    private static final CallerBodies COMMUNE_PEOPLES_COMMITTEE = (unit, body) -> unit.code().equals("34C")
            && body == BodyKind.PEOPLES_COMMITTEE;

    private PlanTaskTracking tracking(Store store) {
        MyBatisPersistence persistence = store.persistence();
        for (String id : new String[] {"programme-387", PLAN}) {
            String name = ReferenceDataLoader.PLAN_FOLDER + "/" + id + ".yaml";
            InputStream in = getClass().getClassLoader().getResourceAsStream(name);
            persistence.plans().save(PlanFile.read(name, in));
        }
        AdministrativeUnit centre = new AdministrativeUnit(new UnitId(1), "VN", "Trung ương", UnitLevel.CENTRE, null,
                Period.from(LONG_AGO), null);
        AdministrativeUnit province = new AdministrativeUnit(new UnitId(2), "34", "Tỉnh Thái Bình", UnitLevel.PROVINCE,
                centre.id(), Period.between(LONG_AGO, LAST_DAY), null);
        AdministrativeUnit district = new AdministrativeUnit(new UnitId(3), "34D", "Huyện của Tỉnh Thái Bình",
                UnitLevel.DISTRICT, province.id(), Period.between(LONG_AGO, LAST_DAY), null);
        AdministrativeUnit commune = new AdministrativeUnit(new UnitId(4), "34C", "Xã của Tỉnh Thái Bình",
                UnitLevel.COMMUNE, district.id(), Period.between(LONG_AGO, LAST_DAY), null);
        persistence.units().addAll(List.of(centre, province, district, commune));
        UnitDirectory units = new UnitDirectory(persistence.units(), persistence.transactions(), clock);
        return new PlanTaskTracking(persistence.planTaskItems(), units, new PlanDirectory(persistence.plans(), units),
                persistence.auditTrail(), persistence.transactions(),
                CurrentActor.fixed(new Actor("hoikhuyenhoc.xa34c")), clock);
    }

    private static Line task(Sheet sheet, int number, BodyKind body) {
        return sheet.lines().stream().filter(l -> l.task().number() == number && l.body().kind() == body)
                .findFirst().orElseThrow();
    }

    @OnBothDatabases
    void aCommunesFirstYearHasTheTableItsAssociationLeadsWithTheDueDatesOfThePlan(Database database) {
        try (Store store = database.freshStore()) {
            PlanTaskTracking tracking = tracking(store);

            Sheet sheet = tracking.of("34C", 2022);

            // 2022: tasks 1 and 2 (dated 4-5/2022, Quý II/2022), 3 and 4 (dated nowhere), 5-7 (yearly); task 8
            // is 2026's; a commune's association leads them all, the party committees' steering committees
            // act at province level only
            assertThat(sheet.lines()).extracting(l -> l.task().number(), l -> l.body().kind(), l -> l.item().dueDate(),
                    l -> l.item().status(), Line::overdue).containsExactly(
                    tuple(1, BodyKind.ASSOCIATION, LocalDate.of(2022, 5, 31), TaskStatus.NOT_STARTED, true),
                    tuple(2, BodyKind.ASSOCIATION, LocalDate.of(2022, 6, 30), TaskStatus.NOT_STARTED, true),
                    tuple(3, BodyKind.ASSOCIATION, null, TaskStatus.NOT_STARTED, false),
                    tuple(4, BodyKind.ASSOCIATION, null, TaskStatus.NOT_STARTED, false),
                    tuple(5, BodyKind.ASSOCIATION, null, TaskStatus.NOT_STARTED, false),
                    tuple(6, BodyKind.ASSOCIATION, LocalDate.of(2022, 12, 31), TaskStatus.NOT_STARTED, false),
                    tuple(7, BodyKind.ASSOCIATION, LocalDate.of(2022, 12, 31), TaskStatus.NOT_STARTED, false));
            assertThat(task(sheet, 4, BodyKind.ASSOCIATION).task().timing()).isEqualTo("Theo Kế hoạch của Hội");
            assertThat(task(sheet, 2, BodyKind.ASSOCIATION).joining()).singleElement()
                    .satisfies(b -> assertThat(b.displayName()).isEqualTo("Các đơn vị liên kết"));
            assertThat(sheet.lines()).allSatisfy(l -> {
                assertThat(l.item().unitCode()).isEqualTo("34C");
                assertThat(l.item().planId()).isEqualTo(PLAN);
                assertThat(l.item().year()).isEqualTo(2022);
            });
            // read again: the same items, not new ones
            assertThat(tracking.of("34C", 2022).lines()).extracting(l -> l.item().id())
                    .containsExactlyElementsOf(sheet.lines().stream().map(l -> l.item().id()).toList());
            assertThat(store.count("ls_plan_task_item")).isEqualTo(7);
        }
    }

    @OnBothDatabases
    void theProvincesYearTracksTheAssociationAndThePartyCommitteesSteeringCommittees(Database database) {
        try (Store store = database.freshStore()) {
            PlanTaskTracking tracking = tracking(store);

            Sheet sheet = tracking.of("34", 2022);

            assertThat(sheet.lines()).hasSize(14);
            Line steering = task(sheet, 1, BodyKind.STEERING_COMMITTEE);
            assertThat(steering.body().displayName())
                    .isEqualTo("Ban Chỉ đạo Xây dựng xã hội học tập đảng ủy trực thuộc Tỉnh ủy");
            assertThat(steering.overdue()).isTrue();
            // the steering committees report to the province association's office: it sets their status
            Line done = tracking.setStatus(steering.item().id(), TaskStatus.DONE, "Đã ban hành kế hoạch",
                    steering.item().version(), PROVINCE_ASSOCIATION);
            assertThat(done.overdue()).isFalse();
            assertThatThrownBy(() -> tracking.setStatus(steering.item().id(), TaskStatus.IN_PROGRESS, null, null,
                    COMMUNE_ASSOCIATION)).isInstanceOf(NotResponsibleException.class);
        }
    }

    @OnBothDatabases
    void thaiBinhsTaskTableIsTrackedWithAnOverdueItemTheAssociationSetsAndNoOtherBody(Database database) {
        try (Store store = database.freshStore()) {
            PlanTaskTracking tracking = tracking(store);
            clock.setDate(LocalDate.of(2026, 1, 15));

            // 2025: the commune ended on 30 June 2025 (Thái Bình went into Hưng Yên); its year is read as it stood then
            Sheet sheet = tracking.of("34C", 2025);

            assertThat(sheet.unit().name()).isEqualTo("Xã của Tỉnh Thái Bình");
            assertThat(sheet.lines()).extracting(l -> l.task().number()).containsExactly(3, 4, 5, 6, 7);
            Line recognition = task(sheet, 6, BodyKind.ASSOCIATION);
            assertThat(recognition.task().name()).isEqualTo("Tổ chức đánh giá, xếp loại, công nhận các danh hiệu");
            assertThat(recognition.task().timing()).isEqualTo("Hằng năm, trong tháng 11,12");
            assertThat(recognition.item().dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(recognition.overdue()).isTrue();
            assertThat(task(sheet, 4, BodyKind.ASSOCIATION).overdue()).as("no due date: never overdue").isFalse();

            // the People's Committee is no body of this task: refused, nothing changed
            assertThatThrownBy(() -> tracking.setStatus(recognition.item().id(), TaskStatus.DONE, null,
                    recognition.item().version(), COMMUNE_PEOPLES_COMMITTEE))
                    .isInstanceOfSatisfying(NotResponsibleException.class, e -> assertThat(e.getMessage())
                            .contains("Chỉ Hội Khuyến học xã của Tỉnh Thái Bình")
                            .contains("Tổ chức đánh giá, xếp loại, công nhận các danh hiệu"));
            // nor the province's association: the commune's association answers for the commune's item
            assertThatThrownBy(() -> tracking.setStatus(recognition.item().id(), TaskStatus.DONE, null, null,
                    PROVINCE_ASSOCIATION)).isInstanceOf(NotResponsibleException.class);
            assertThat(task(tracking.of("34C", 2025), 6, BodyKind.ASSOCIATION).overdue()).isTrue();

            Line inProgress = tracking.setStatus(recognition.item().id(), TaskStatus.IN_PROGRESS,
                    "  Đã họp xét 3/5 thôn  ", recognition.item().version(), COMMUNE_ASSOCIATION);
            assertThat(inProgress.item().status()).isEqualTo(TaskStatus.IN_PROGRESS);
            assertThat(inProgress.item().note()).isEqualTo("Đã họp xét 3/5 thôn");
            assertThat(inProgress.item().setBy()).isEqualTo("hoikhuyenhoc.xa34c");
            assertThat(inProgress.item().setAt()).isEqualTo(clock.instant());
            assertThat(inProgress.overdue()).as("in progress past its due date").isTrue();
            // a change read at the old version is refused
            assertThatThrownBy(() -> tracking.setStatus(recognition.item().id(), TaskStatus.DONE, null,
                    recognition.item().version(), COMMUNE_ASSOCIATION)).isInstanceOf(ConflictException.class);

            Line done = tracking.setStatus(recognition.item().id(), TaskStatus.DONE, null,
                    inProgress.item().version(), COMMUNE_ASSOCIATION);

            assertThat(done.overdue()).isFalse();
            assertThat(task(tracking.of("34C", 2025), 6, BodyKind.ASSOCIATION).item().status())
                    .isEqualTo(TaskStatus.DONE);
            assertThat(store.persistence().auditTrail().historyOf(Audited.PLAN_TASK_ITEM, recognition.item().id()))
                    .extracting(r -> r.action(), r -> r.actor(), r -> r.before(), r -> r.after()).containsExactly(
                            tuple(AuditAction.PLAN_TASK_STATUS_SET, "hoikhuyenhoc.xa34c",
                                    "34C 2025 " + PLAN + "#6 ASSOCIATION: NOT_STARTED",
                                    "34C 2025 " + PLAN + "#6 ASSOCIATION: IN_PROGRESS (ghi chú: Đã họp xét 3/5 thôn)"),
                            tuple(AuditAction.PLAN_TASK_STATUS_SET, "hoikhuyenhoc.xa34c",
                                    "34C 2025 " + PLAN + "#6 ASSOCIATION: IN_PROGRESS (ghi chú: Đã họp xét 3/5 thôn)",
                                    "34C 2025 " + PLAN + "#6 ASSOCIATION: DONE"));
        }
    }

    @OnBothDatabases
    void theStoredPlanKeepsItsTasksBodies(Database database) {
        try (Store store = database.freshStore()) {
            tracking(store);
            var task = store.persistence().plans().findById(PLAN).orElseThrow().tasks().get(1);
            assertThat(task.leads()).extracting(b -> b.kind(), b -> b.levels(), b -> b.setBy()).containsExactly(
                    tuple(BodyKind.ASSOCIATION, List.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE),
                            null),
                    tuple(BodyKind.STEERING_COMMITTEE, List.of(UnitLevel.PROVINCE), BodyKind.ASSOCIATION));
            assertThat(task.joins()).extracting(b -> b.displayName()).containsExactly("Các đơn vị liên kết");
        }
    }
}
