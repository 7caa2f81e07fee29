package org.learningsociety.portal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.registration.Verification;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.AdministrativeUnits;
import org.learningsociety.core.unit.Succession;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the {@link CityDemoPlan} of Hải Phòng's communes (all but Thành Đông and Hải Dương, which the
 * demo makes by hand) through the library's own batch services: the villages, added under the old
 * commune they belonged to from 2022 and moved under today's commune on the day of the reform, so
 * that the years before it count in the city as it was then; the subjects; and for each year and
 * model the registrations, self-assessments, verifications and one recognition decision per commune.
 */
final class CityDemo {

    /** The seed the demo's plan is generated from: the same seed, the same city. */
    static final long SEED = 3120222025L;
    static final int FIRST_YEAR = 2022;
    static final int LAST_YEAR = 2025;

    private static final Logger LOG = LoggerFactory.getLogger(CityDemo.class);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate OLD_UNITS_FROM = LocalDate.of(2022, 1, 1);
    private static final int BATCH = 4000;
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
            "Ngô", "Dương", "Đinh", "Mạc", "Lương"};
    private static final String[] MEN = {"Văn An", "Văn Bình", "Đức Cường", "Minh Dũng", "Văn Hải", "Quang Huy",
            "Xuân Khánh", "Đình Long", "Văn Nam", "Hữu Phúc", "Văn Quân", "Thanh Sơn", "Mạnh Tuấn", "Công Vinh"};
    private static final String[] WOMEN = {"Thị Hoa", "Thị Lan", "Thu Hà", "Thị Mai", "Ngọc Anh", "Thị Hằng",
            "Thị Nga", "Thanh Thủy", "Thị Yến", "Minh Phương"};

    private final UnitDirectory units;
    private final AdministrativeUnits unitRecords;
    private final PlanDirectory plans;
    private final SubjectCatalogue subjects;
    private final Subjects stored;
    private final Registering registering;
    private final SelfAssessing selfAssessing;
    private final Verifying verifying;
    private final Recognising recognising;
    private final CriteriaSets criteriaSets;
    private final Clock clock;

    CityDemo(UnitDirectory units, AdministrativeUnits unitRecords, PlanDirectory plans, SubjectCatalogue subjects,
            Subjects stored, Registering registering, SelfAssessing selfAssessing, Verifying verifying,
            Recognising recognising, CriteriaSets criteriaSets, Clock clock) {
        this.units = units;
        this.unitRecords = unitRecords;
        this.plans = plans;
        this.subjects = subjects;
        this.stored = stored;
        this.registering = registering;
        this.selfAssessing = selfAssessing;
        this.verifying = verifying;
        this.recognising = recognising;
        this.criteriaSets = criteriaSets;
        this.clock = clock;
    }

    /** The city's communes the generated demo covers: all of today's but those the demo makes by hand. */
    List<CityDemoPlan.CommuneSeed> communes(String city, Set<String> madeByHand) {
        LocalDate today = LocalDate.now(clock);
        return units.childrenOf(units.unitOn(city, today), today).stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && !madeByHand.contains(u.code()))
                .sorted(Comparator.comparing(AdministrativeUnit::code))
                .map(u -> new CityDemoPlan.CommuneSeed(u.code(), u.name(), oldProvince(oldCommune(u.code()))))
                .toList();
    }

    /** The province an old commune belonged to before the reform, empty for none. */
    private String oldProvince(AdministrativeUnit oldCommune) {
        if (oldCommune == null) {
            return "";
        }
        return units.ancestorsOf(oldCommune, OLD_UNITS_FROM).stream().filter(u -> u.level() == UnitLevel.PROVINCE)
                .map(AdministrativeUnit::code).findFirst().orElse("");
    }

    /** The city's recognition target for each year and model, as the plan in force for it states or derives it. */
    Map<Integer, Map<LearningModel, BigDecimal>> targets(String city) {
        Map<Integer, Map<LearningModel, BigDecimal>> targets = new LinkedHashMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            LocalDate on = LocalDate.of(year, 12, 31);
            AdministrativeUnit unit = units.unitOn(city, on);
            Map<LearningModel, BigDecimal> ofYear = new LinkedHashMap<>();
            for (LearningModel model : CityDemoPlan.MODELS) {
                ofYear.put(model, plans.recognitionTarget(unit, model, year, on).value());
            }
            targets.put(year, ofYear);
        }
        return targets;
    }

    /** Whether the generated demo is stored already (its first commune's first village exists). */
    boolean storedAlready(CityDemoPlan plan) {
        String village = plan.communes().get(0).villages().get(0).code();
        try {
            units.unitOn(village, LocalDate.now(clock));
            return true;
        } catch (org.learningsociety.core.shared.NotFoundException e) {
            return false;
        }
    }

    void store(CityDemoPlan plan) {
        long started = System.nanoTime();
        Map<String, AdministrativeUnit> oldCommuneOf = new HashMap<>();
        Map<String, List<Subject>> byCommuneAndModel = new HashMap<>();
        Random random = new Random(SEED);
        int households = 0;
        for (CityDemoPlan.Commune commune : plan.communes()) {
            AdministrativeUnit old = oldCommune(commune.code());
            if (old != null) {
                oldCommuneOf.put(commune.code(), old);
            }
            List<String> villageCodes = new ArrayList<>();
            for (CityDemoPlan.Village village : commune.villages()) {
                if (old == null) {
                    units.addVillage(village.code(), village.name(), commune.code(), REFORM);
                } else {
                    AdministrativeUnit added = units.addVillage(village.code(), village.name(), old.code(), OLD_UNITS_FROM);
                    units.moveUnder(added.id(), commune.code(), REFORM);
                }
                villageCodes.add(village.code());
            }
            List<SubjectCatalogue.NewSubject> news = new ArrayList<>();
            int number = 0;
            for (CityDemoPlan.Village village : commune.villages()) {
                for (int h = 0; h < village.households(); h++) {
                    boolean man = random.nextInt(3) > 0;
                    news.add(new SubjectCatalogue.NewSubject(LearningModel.FAMILY, village.code(),
                            (man ? "Hộ ông " : "Hộ bà ") + SURNAMES[random.nextInt(SURNAMES.length)] + " "
                                    + (man ? MEN[random.nextInt(MEN.length)] : WOMEN[random.nextInt(WOMEN.length)]),
                            String.format("HGD-%s-%04d", commune.code(), ++number)));
                }
                news.add(new SubjectCatalogue.NewSubject(LearningModel.COMMUNITY, village.code(), village.name(),
                        "CDHT-" + village.code()));
            }
            households += number;
            for (int c = 0; c < commune.clans().size(); c++) {
                news.add(new SubjectCatalogue.NewSubject(LearningModel.CLAN, villageCodes.get(c % villageCodes.size()),
                        commune.clans().get(c), "DH-" + commune.code() + "-" + (c + 1)));
            }
            for (int o = 0; o < commune.organisations().size(); o++) {
                news.add(new SubjectCatalogue.NewSubject(LearningModel.UNIT, villageCodes.get(0),
                        commune.organisations().get(o), "DV-" + commune.code() + "-" + (o + 1)));
            }
            for (Subject subject : subjects.addAll(news)) {
                byCommuneAndModel.computeIfAbsent(commune.code() + ":" + subject.model(), k -> new ArrayList<>())
                        .add(subject);
            }
        }
        LOG.info("Đã thêm {} xã, phường của thành phố với {} hộ gia đình ({} giây)", plan.communes().size(), households,
                (System.nanoTime() - started) / 1_000_000_000);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (LearningModel model : CityDemoPlan.MODELS) {
                year(plan, year, model, oldCommuneOf, byCommuneAndModel, random);
            }
            LOG.info("Đã ghi năm {} của {} xã, phường ({} giây)", year, plan.communes().size(),
                    (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    /**
     * The commune before the reform whose villages (and records) today's commune took over: one that
     * existed from 2022 until the reform, the one whose code it kept when there is one.
     */
    private AdministrativeUnit oldCommune(String code) {
        return oldCommunes.computeIfAbsent(code, this::findOldCommune).orElse(null);
    }

    private final Map<String, java.util.Optional<AdministrativeUnit>> oldCommunes = new HashMap<>();

    private java.util.Optional<AdministrativeUnit> findOldCommune(String code) {
        AdministrativeUnit today = units.unitOn(code, REFORM);
        List<AdministrativeUnit> candidates = new ArrayList<>();
        for (Succession succession : unitRecords.successionsInto(List.of(today.id()))) {
            UnitId predecessor = succession.predecessor();
            var then = unitRecords.findById(predecessor, OLD_UNITS_FROM);
            if (then.isPresent() && then.get().level() == UnitLevel.COMMUNE
                    && unitRecords.findById(predecessor, REFORM.minusDays(1)).isPresent()) {
                candidates.add(then.get());
            }
        }
        return candidates.stream().filter(u -> u.code().equals(code)).findFirst()
                .or(() -> candidates.stream().min(Comparator.comparing(AdministrativeUnit::code)));
    }

    private void year(CityDemoPlan plan, int year, LearningModel model, Map<String, AdministrativeUnit> oldCommuneOf,
            Map<String, List<Subject>> byCommuneAndModel, Random random) {
        CriteriaSet set = criteriaSets.inForce(model, model.usualSubjectLevel(), year).orElseThrow();
        Scores strong = scores(set, true);
        Scores weak = scores(set, false);
        List<Subject> toRegister = new ArrayList<>();
        Map<String, List<Subject>> recognisedOf = new LinkedHashMap<>();
        for (CityDemoPlan.Commune commune : plan.communes()) {
            if (year < REFORM.getYear() && !oldCommuneOf.containsKey(commune.code())) {
                continue; // its villages exist from the reform only
            }
            CityDemoPlan.Outcome outcome = plan.outcomes().get(new CityDemoPlan.Key(commune.code(), year, model));
            List<Subject> all = new ArrayList<>(byCommuneAndModel.getOrDefault(commune.code() + ":" + model, List.of()));
            Collections.shuffle(all, random);
            List<Subject> registered = all.subList(0, outcome.registered());
            toRegister.addAll(registered);
            recognisedOf.put(commune.code(), registered.subList(0, outcome.recognised()));
        }
        Map<Long, Boolean> earns = new HashMap<>();
        recognisedOf.values().forEach(list -> list.forEach(s -> earns.put(s.id().value(), true)));
        Map<Long, RegistrationId> registrationOf = new HashMap<>();
        for (int from = 0; from < toRegister.size(); from += BATCH) {
            List<Subject> batch = toRegister.subList(from, Math.min(toRegister.size(), from + BATCH));
            List<Registration> registrations = registering.registerAll(batch.stream().map(Subject::id).toList(), year);
            List<SelfAssessment> assessments = new ArrayList<>();
            List<Verification> verifications = new ArrayList<>();
            for (Registration registration : registrations) {
                registrationOf.put(registration.subject().value(), registration.id());
                Scores scores = earns.containsKey(registration.subject().value()) ? strong : weak;
                assessments.add(new SelfAssessment(registration.id(), scores, evidence(set, registration.id())));
                verifications.add(new Verification(registration.id(), scores, "Hội Khuyến học",
                        "Đã kiểm tra minh chứng"));
            }
            selfAssessing.selfAssessAll(assessments, false);
            verifying.verifyAll(verifications);
        }
        int index = 0;
        for (CityDemoPlan.Commune commune : plan.communes()) {
            index++;
            List<Subject> recognised = recognisedOf.get(commune.code());
            if (recognised == null || recognised.isEmpty()) {
                continue; // nothing to recognise: those registered stay verified, not recognised
            }
            List<RegistrationId> ids = recognised.stream().map(s -> registrationOf.get(s.id().value())).toList();
            Map<RegistrationId, String> refused = new LinkedHashMap<>();
            for (Subject subject : byCommuneAndModel.get(commune.code() + ":" + model)) {
                RegistrationId id = registrationOf.get(subject.id().value());
                if (id != null && !earns.containsKey(subject.id().value())) {
                    refused.put(id, "Chưa đạt điểm tối thiểu theo bộ tiêu chí " + set.version());
                }
            }
            AdministrativeUnit issuer = year < REFORM.getYear() ? oldCommuneOf.get(commune.code())
                    : units.unitOn(commune.code(), REFORM);
            String number = (10 + index * 4 + CityDemoPlan.MODELS.indexOf(model)) + "/QĐ-UBND";
            recognising.recognise(new NewDecision(number, LocalDate.of(year, 12, 10),
                    "Chủ tịch UBND " + issuer.name(), issuer.code()), year, model, ids, refused);
        }
    }

    /** Points that earn the title (near the maximum) or fall short (a third of it), checked against the set. */
    private static Scores scores(CriteriaSet set, boolean earning) {
        Map<String, Integer> points = new LinkedHashMap<>();
        for (Indicator indicator : set.indicators()) {
            points.put(indicator.code(), earning ? indicator.maxPoints() : indicator.maxPoints() / 3);
        }
        Scores scores = Scores.of(points);
        if (set.classify(scores).earnsTitle() != earning) {
            throw new IllegalStateException("Bộ tiêu chí " + set.version() + " không phân loại điểm mẫu như dự kiến");
        }
        return scores;
    }

    private static List<Evidence> evidence(CriteriaSet set, RegistrationId id) {
        List<Evidence> evidence = new ArrayList<>();
        for (Indicator indicator : set.indicators()) {
            if (indicator.evidenceRequired()) {
                evidence.add(new Evidence(indicator.code(), "minh-chung/" + id + "/" + indicator.code() + ".pdf",
                        "Minh chứng chỉ số " + indicator.code()));
            }
        }
        return evidence;
    }
}
