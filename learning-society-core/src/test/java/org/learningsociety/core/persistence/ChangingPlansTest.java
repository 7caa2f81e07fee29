package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.fakes.TestClock;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.PlanVersions;
import org.learningsociety.core.referencedata.AdministrativeUnitLoader;
import org.learningsociety.core.referencedata.ChangingPlans;
import org.learningsociety.core.referencedata.MalformedDataException;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.learningsociety.core.report.ReportDeadlines;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;

/**
 * A province changes its plan without a rebuild: the YAML sent is checked as the files are, stored as
 * the plan's next version with its text and an audit record, read by the targets and deadlines from the
 * next call on, and kept when the portal restarts and loads the shipped files again.
 */
class ChangingPlansTest {

    static final String HAI_PHONG_PLAN = "hai-phong-46-kh-ubnd-2022";
    private static final LocalDate ON = LocalDate.of(2026, 1, 10);
    private static final ReportPeriod PHASE = ReportPeriod.phase(2021, 2025);

    /** The shipped text of Hải Phòng's plan 46/KH-UBND (version 3). */
    static String shipped() {
        try (InputStream in = ChangingPlansTest.class.getClassLoader().getResourceAsStream(
                ReferenceDataLoader.PLAN_FOLDER + "/" + HAI_PHONG_PLAN + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped plan (version 3) as version 4: the 2025 family target 75 % (was 70 %), the city's 2021–2025 review due 15 April. */
    static String edited() {
        String text = shipped();
        String changed = text.replace("version: 3\n", "version: 4\n")
                .replace("{ indicator: FAMILY_RECOGNISED, year: 2025, value: 70,", "{ indicator: FAMILY_RECOGNISED, year: 2025, value: 75,")
                .replace("    level: PROVINCE\n    from: 2026-02-16\n    to: 2026-03-31\n",
                        "    level: PROVINCE\n    from: 2026-02-16\n    to: 2026-04-15\n");
        assertThat(changed.split("\n", -1).length).isEqualTo(text.split("\n", -1).length);
        assertThat(changed).contains("value: 75,").contains("to: 2026-04-15").contains("version: 4");
        return changed;
    }

    private record Setting(Store store, ChangingPlans changing, PlanDirectory plans, ReportDeadlines deadlines,
            UnitDirectory units, ReferenceDataLoader loader) {

        AdministrativeUnit unit(String code) {
            return units.unitOn(code, ON);
        }

        String familyTarget2025() {
            return plans.recognitionTarget(unit("10507"), LearningModel.FAMILY, 2025, ON).value().toPlainString();
        }

        LocalDate cityReviewDue() {
            return deadlines.dueFor(unit("31"), Plan.PROGRAMME_387, PHASE, ON).orElseThrow();
        }
    }

    private static Setting setting(Store store, ClassLoader files) {
        MyBatisPersistence p = store.persistence();
        TestClock clock = TestClock.on(ON);
        new AdministrativeUnitLoader(p.units(), p.transactions()).loadProvince("31");
        ReferenceDataLoader loader = new ReferenceDataLoader(p.plans(), p.planVersions(), p.criteriaSets(),
                p.transactions(), files, clock);
        loader.loadAll();
        CurrentActor board = CurrentActor.fixed(new Actor("thidua.haiphong"));
        UnitDirectory units = new UnitDirectory(p.units(), p.transactions(), clock, p.auditTrail(), board);
        PlanDirectory plans = new PlanDirectory(p.plans(), units);
        return new Setting(store, new ChangingPlans(p.plans(), p.planVersions(), p.auditTrail(), p.transactions(),
                board, clock), plans, new ReportDeadlines(plans), units, loader);
    }

    private static Setting setting(Store store) {
        return setting(store, ChangingPlansTest.class.getClassLoader());
    }

    private static ChangingPlans.Outcome upload(Setting s, String text) {
        return s.changing().upload(text.getBytes(StandardCharsets.UTF_8), null, scope -> { });
    }

    @OnBothDatabases
    void aProvincesNewTargetAndDeadlineAreReadFromTheNextCallOn(Database database) {
        try (Store store = database.freshStore()) {
            Setting s = setting(store);
            assertThat(s.familyTarget2025()).isEqualTo("70");
            assertThat(s.cityReviewDue()).isEqualTo(LocalDate.of(2026, 3, 31));

            ChangingPlans.Outcome outcome = upload(s, edited());

            assertThat(outcome.changed()).isTrue();
            assertThat(outcome.added()).isFalse();
            assertThat(outcome.version().version()).isEqualTo(4);
            assertThat(s.familyTarget2025()).as("the same directory, no restart").isEqualTo("75");
            assertThat(s.cityReviewDue()).isEqualTo(LocalDate.of(2026, 4, 15));
            List<PlanVersions.PlanVersion> versions = store.persistence().planVersions().of(HAI_PHONG_PLAN);
            assertThat(versions).extracting(PlanVersions.PlanVersion::version).containsExactly(4, 3);
            assertThat(versions).extracting(PlanVersions.PlanVersion::origin)
                    .containsExactly(PlanVersions.Origin.UPLOADED, PlanVersions.Origin.SHIPPED);
            assertThat(versions.get(0).changedBy()).isEqualTo("thidua.haiphong");
            assertThat(versions.get(0).yaml()).isEqualTo(edited());
            assertThat(versions.get(1).yaml()).isEqualTo(shipped());
        }
    }

    @OnBothDatabases
    void theAuditTrailKeepsWhoUploadedWhichVersionWhenAndWhatChanged(Database database) {
        try (Store store = database.freshStore()) {
            Setting s = setting(store);
            ChangingPlans.Outcome outcome = upload(s, edited());

            List<AuditRecord> history = store.persistence().auditTrail().historyOf(Audited.PLAN_VERSION,
                    outcome.version().id());
            assertThat(history).hasSize(1);
            AuditRecord record = history.get(0);
            assertThat(record.action()).isEqualTo(AuditAction.PLAN_CHANGED);
            assertThat(record.actor()).isEqualTo("thidua.haiphong");
            assertThat(record.at()).isEqualTo(outcome.version().changedAt());
            assertThat(record.before()).startsWith("phiên bản 3: ").contains("mục tiêu FAMILY_RECOGNISED 2025 = 70")
                    .contains("mốc REVIEW_2025 PROVINCE 2026-02-16…2026-03-31").doesNotContain("2022 = 55");
            assertThat(record.after()).startsWith("phiên bản 4: ").contains("mục tiêu FAMILY_RECOGNISED 2025 = 75")
                    .contains("mốc REVIEW_2025 PROVINCE 2026-02-16…2026-04-15");
        }
    }

    @OnBothDatabases
    void theStoredVersionsTextAgainChangesNothing(Database database) {
        try (Store store = database.freshStore()) {
            Setting s = setting(store);
            ChangingPlans.Outcome first = upload(s, edited());
            long audits = store.count("ls_audit");

            ChangingPlans.Outcome again = upload(s, edited());
            ConflictException older = catchThrowableOfType(() -> upload(s, shipped()), ConflictException.class);

            assertThat(first.changed()).isTrue();
            assertThat(again.changed()).isFalse();
            assertThat(again.version().id()).isEqualTo(first.version().id());
            assertThat(store.count("ls_audit")).isEqualTo(audits);
            assertThat(store.persistence().planVersions().of(HAI_PHONG_PLAN)).hasSize(2);
            assertThat(older.field()).as("version 3 sent after version 4").isEqualTo("version");
            assertThat(older.getMessage()).contains("đang áp dụng phiên bản 4").contains("phải ghi phiên bản 5");
        }
    }

    @OnBothDatabases
    void anotherTextUnderTheStoredVersionNumberIsRefusedAsAConcurrentChange(Database database) {
        try (Store store = database.freshStore()) {
            Setting s = setting(store);
            String sameNumber = edited().replace("version: 4\n", "version: 3\n");

            ConflictException refusal = catchThrowableOfType(() -> upload(s, sameNumber), ConflictException.class);

            assertThat(refusal.kind()).isEqualTo(ConflictException.Kind.CONCURRENT_CHANGE);
            assertThat(refusal.field()).isEqualTo("version");
            assertThat(s.familyTarget2025()).isEqualTo("70");
            assertThat(store.persistence().planVersions().of(HAI_PHONG_PLAN)).hasSize(1);
        }
    }

    @OnBothDatabases
    void anInvalidPlanIsRefusedNamingTheFieldAndStoresNothing(Database database) {
        try (Store store = database.freshStore()) {
            Setting s = setting(store);
            long audits = store.count("ls_audit");
            String tooHigh = edited().replace("year: 2025, value: 75,", "year: 2025, value: 175,");

            MalformedDataException refusal = catchThrowableOfType(() -> upload(s, tooHigh), MalformedDataException.class);

            assertThat(refusal.field()).isEqualTo("targets[3].value");
            assertThat(refusal.reason()).isEqualTo("Tỷ lệ phải từ 0 đến 100, nhận được 175");
            assertThat(refusal.getMessage()).contains("dòng 123").contains("(trường: targets[3].value)");
            assertThat(s.familyTarget2025()).isEqualTo("70");
            assertThat(store.count("ls_audit")).isEqualTo(audits);
        }
    }

    @OnBothDatabases
    void aCallerThePermissionRefusesStoresNothing(Database database) {
        try (Store store = database.freshStore()) {
            Setting s = setting(store);
            IllegalStateException refusal = catchThrowableOfType(() -> s.changing().upload(
                    edited().getBytes(StandardCharsets.UTF_8), null, scope -> {
                        throw new IllegalStateException("không thuộc " + scope.unitCode());
                    }), IllegalStateException.class);

            assertThat(refusal).hasMessage("không thuộc 31");
            assertThat(s.familyTarget2025()).isEqualTo("70");
        }
    }

    /** A restart loads the shipped files again: version 3 of the jar does not overwrite the uploaded 4. */
    @OnBothDatabases
    void aRestartKeepsTheUploadedVersion(Database database) {
        try (Store store = database.freshStore()) {
            Setting s = setting(store);
            upload(s, edited());

            ReferenceDataLoader.LoadReport report = s.loader().loadAll();

            assertThat(report.plansStored()).isEmpty();
            assertThat(report.plansKept()).containsExactly(HAI_PHONG_PLAN);
            assertThat(s.familyTarget2025()).isEqualTo("75");
            assertThat(s.cityReviewDue()).isEqualTo(LocalDate.of(2026, 4, 15));
        }
    }

    /**
     * A jar (a library upgrade, a portal's edited file) with a higher version than the uploaded one is
     * stored as the next version; the uploaded version's text stays among the versions.
     */
    @OnBothDatabases
    void aFileWithAHigherVersionThanTheUploadedOneIsStoredAsTheNextVersion(Database database) throws IOException {
        try (Store store = database.freshStore()) {
            Setting s = setting(store);
            upload(s, edited());
            Path jar = Files.createTempDirectory("plans-v5");
            Path folder = Files.createDirectories(jar.resolve(ReferenceDataLoader.PLAN_FOLDER));
            Files.writeString(folder.resolve(HAI_PHONG_PLAN + ".yaml"), shipped().replace("version: 3\n", "version: 5\n"));
            try (URLClassLoader upgraded = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
                MyBatisPersistence p = store.persistence();
                ReferenceDataLoader.LoadReport report = new ReferenceDataLoader(p.plans(), p.planVersions(),
                        p.criteriaSets(), p.transactions(), upgraded, TestClock.on(ON)).loadAll();

                assertThat(report.plansStored()).containsExactly(HAI_PHONG_PLAN);
            }
            assertThat(s.familyTarget2025()).isEqualTo("70");
            assertThat(store.persistence().planVersions().of(HAI_PHONG_PLAN))
                    .extracting(v -> v.version() + " " + v.origin())
                    .containsExactly("5 SHIPPED", "4 UPLOADED", "3 SHIPPED");
        }
    }
}
