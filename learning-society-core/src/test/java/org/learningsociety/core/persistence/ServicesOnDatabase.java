package org.learningsociety.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.attainment.ReformRollUp;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.fakes.TestClock;
import org.learningsociety.core.fixtures.YearlyUseCases;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.privacy.PersonalData;
import org.learningsociety.core.referencedata.AdministrativeUnitLoader;
import org.learningsociety.core.referencedata.CriteriaFile;
import org.learningsociety.core.referencedata.ReferenceDataLoader;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.registration.RevokingRecognition;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectCatalogue.NewSubject;
import org.learningsociety.core.unit.UnitDirectory;

/**
 * The core's services over a real database with Hải Phòng's units and the shipped plans and criteria,
 * auditing every change; a clock a test moves and an actor it sets (per thread, for concurrent tests).
 */
record ServicesOnDatabase(Store store, TestClock clock, UnitDirectory units, SubjectCatalogue subjects,
        YearlyUseCases year, CommendationService commendations, AttainmentService attainment,
        PersonalData personalData, AtomicReference<Actor> acting) {

    /**
     * The ten indicators of the 2016–2020 family set (448/QĐ-KHVN), each at its maximum of 10: read from
     * the shipped file, as the loader reads it.
     */
    static final List<String> FAMILY_INDICATORS = familyIndicators(ReferenceDataLoader.CRITERIA_FOLDER
            + "/family-448-2015.yaml");

    static ServicesOnDatabase on(Store store) {
        return on(store, store.persistence().registrations());
    }

    /** As {@link #on(Store)}, the yearly records reading and writing through {@code registrations}. */
    static ServicesOnDatabase on(Store store, Registrations registrations) {
        MyBatisPersistence p = store.persistence();
        TestClock clock = TestClock.on(LocalDate.of(2025, 3, 1));
        new AdministrativeUnitLoader(p.units(), p.transactions()).loadProvince("31");
        new ReferenceDataLoader(p.plans(), p.criteriaSets(), p.transactions(),
                ServicesOnDatabase.class.getClassLoader()).loadAll();
        AtomicReference<Actor> acting = new AtomicReference<>(new Actor("can-bo-phuong"));
        CurrentActor actor = acting::get;
        UnitDirectory units = new UnitDirectory(p.units(), p.transactions(), clock, p.auditTrail(), actor);
        PlanDirectory plans = new PlanDirectory(p.plans(), units);
        return new ServicesOnDatabase(store, clock, units,
                new SubjectCatalogue(p.subjects(), p.units(), p.transactions(), clock, p.auditTrail(), actor),
                YearlyUseCases.of(new YearlyRecords(registrations, p.criteriaSets(), p.transactions(),
                        DomainEvents.NONE, clock, p.auditTrail(), actor), p.subjects(), p.decisions(), units, plans),
                new CommendationService(p.commendations(), p.registrations(), p.decisions(), units, p.transactions(),
                        DomainEvents.NONE, clock, p.auditTrail(), actor),
                new AttainmentService(p.attainmentCounts(), units, plans, new ReformRollUp(p.units()), clock),
                new PersonalData(p.subjects(), p.registrations(), p.commendations(), p.personalDataRecords(),
                        p.auditTrail(), p.transactions(), actor, clock),
                acting);
    }

    YearlyRecords records() {
        return year.records();
    }

    Registering registering() {
        return year.registering();
    }

    SelfAssessing selfAssessing() {
        return year.selfAssessing();
    }

    Verifying verifying() {
        return year.verifying();
    }

    Recognising recognising() {
        return year.recognising();
    }

    RevokingRecognition revoking() {
        return year.revoking();
    }

    /** {@code count} households of the unit {@code unitCode}, named with {@code prefix}. */
    List<Subject> households(String unitCode, String prefix, int count) {
        List<NewSubject> news = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            news.add(new NewSubject(LearningModel.FAMILY, unitCode, "Hộ " + prefix + " " + i, prefix + "-" + i));
        }
        return subjects.addAll(news);
    }

    private static List<String> familyIndicators(String file) {
        try (InputStream in = ServicesOnDatabase.class.getClassLoader().getResourceAsStream(file)) {
            return CriteriaFile.read(file, in).indicators().stream().map(Indicator::code).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scores full() {
        Map<String, Integer> points = new LinkedHashMap<>();
        FAMILY_INDICATORS.forEach(code -> points.put(code, 10));
        return Scores.of(points);
    }

    static List<Evidence> evidence() {
        return FAMILY_INDICATORS.stream().map(c -> new Evidence(c, "minh-chung/" + c + ".pdf", "Minh chứng " + c))
                .toList();
    }
}
