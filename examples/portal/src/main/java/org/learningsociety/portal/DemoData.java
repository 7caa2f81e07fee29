package org.learningsociety.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Indicator;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.membership.GroupMembers;
import org.learningsociety.core.membership.GroupMembers.ListedMember;
import org.learningsociety.core.indicator.IndicatorEntry;
import org.learningsociety.core.indicator.IndicatorSheets;
import org.learningsociety.core.registration.Recognising;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.report.ReportPeriod;
import org.learningsociety.core.report.ReportService;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.cycle.CampaignLauncher;
import org.learningsociety.workflow.officer.OfficerProvisioning;
import org.learningsociety.workflow.officer.OfficerResults.NewAccount;
import org.learningsociety.workflow.officer.OfficerResults.RoleGranted;
import org.learningsociety.workflow.officer.OfficerRole;
import org.learningsociety.workflow.report.ReportRounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The demo, made once (each part is skipped when it is there): Phường Thành Đông (10507, Hải Phòng)
 * with four residential groups, a few hundred households, clans and organisations; its 2025 year
 * registered, assessed, verified and recognised; the members of forty households, of a clan and of
 * the ward's People's Committee, with their 2025 as "Công dân học tập", so that the citizen
 * indicators are computed for the ward; the 2025 values its and Phường Hải Dương's associations
 * entered for the plan's association indicators; officers given their roles by the starter's
 * {@link OfficerProvisioning} (Tasklist and the shared filter included); every other commune of the
 * city generated with its years 2022–2025 ({@link CityDemo});
 * and running FAMILY cycles (Thành Đông's 2026, Thành Đông's and Hải Dương's 2027) so Tasklist has tasks.
 */
class DemoData implements ApplicationRunner {

    static final String THANH_DONG = "10507";
    static final String HAI_DUONG = "10525";
    static final String HAI_PHONG = "31";
    static final String PASSWORD = "demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final String[] VILLAGES = {"Tổ dân phố Nguyễn Lương Bằng", "Tổ dân phố Cẩm Thượng",
            "Tổ dân phố Bình Hàn", "Tổ dân phố Thanh Bình"};
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
            "Ngô", "Dương", "Đinh"};
    private static final String[] MEN = {"Văn An", "Văn Bình", "Đức Cường", "Minh Dũng", "Văn Hải", "Quang Huy",
            "Xuân Khánh", "Đình Long", "Văn Nam", "Hữu Phúc", "Văn Quân", "Thanh Sơn", "Mạnh Tuấn", "Công Vinh"};
    private static final String[] WOMEN = {"Thị Hoa", "Thị Lan", "Thu Hà", "Thị Mai", "Ngọc Anh", "Thị Hằng",
            "Thị Nga", "Thanh Thủy", "Thị Yến", "Minh Phương"};
    private static final String[] CLANS = {"Dòng họ Nguyễn Đình", "Dòng họ Trần Văn", "Dòng họ Phạm Quang",
            "Dòng họ Vũ Đức", "Dòng họ Lê Xuân", "Dòng họ Đặng Công"};
    private static final String[] ORGANISATIONS = {"Trường Tiểu học Thành Đông", "Trường THCS Bình Hàn",
            "Trạm Y tế phường Thành Đông", "Công ty Cổ phần May Hải Dương", "Ủy ban nhân dân phường Thành Đông"};

    /** The day the demo's member lists are as the portal holds them: the ward exists from the reform. */
    private static final LocalDate MEMBER_LISTS_ON = REFORM;
    private static final int HOUSEHOLDS_WITH_MEMBERS = 40;

    private final UnitDirectory units;
    private final SubjectCatalogue subjects;
    private final Subjects stored;
    private final GroupMembers members;
    private final Registering registering;
    private final SelfAssessing selfAssessing;
    private final Verifying verifying;
    private final Recognising recognising;
    private final CriteriaSets criteriaSets;
    private final OfficerProvisioning officers;
    private final CampaignLauncher campaigns;
    private final IndicatorEntry indicatorEntry;
    private final IndicatorSheets indicatorSheets;
    private final Clock clock;
    private final CityDemo city;
    private final ReportRounds rounds;
    private final ReportService reports;
    private final Registrations registrations;
    private final boolean year2026;

    DemoData(UnitDirectory units, SubjectCatalogue subjects, Subjects stored, GroupMembers members,
            Registering registering, SelfAssessing selfAssessing,
            Verifying verifying, Recognising recognising, CriteriaSets criteriaSets,
            OfficerProvisioning officers, CampaignLauncher campaigns, IndicatorEntry indicatorEntry,
            IndicatorSheets indicatorSheets, Clock clock,
            CityDemo city, ReportRounds rounds, ReportService reports, Registrations registrations, boolean year2026) {
        this.units = units;
        this.subjects = subjects;
        this.stored = stored;
        this.members = members;
        this.registering = registering;
        this.selfAssessing = selfAssessing;
        this.verifying = verifying;
        this.recognising = recognising;
        this.criteriaSets = criteriaSets;
        this.officers = officers;
        this.campaigns = campaigns;
        this.indicatorEntry = indicatorEntry;
        this.indicatorSheets = indicatorSheets;
        this.clock = clock;
        this.city = city;
        this.rounds = rounds;
        this.reports = reports;
        this.registrations = registrations;
        this.year2026 = year2026;
    }

    @Override
    public void run(ApplicationArguments args) {
        officers();
        if (!villageExists(THANH_DONG + "-01")) {
            List<String> villages = villages();
            year2025(households(villages), clansAndOrganisations());
        }
        if (stored.findByExternalId(LearningModel.CITIZEN, citizenId(1)).isEmpty()) {
            citizens2025();
        }
        indicatorValues2025();
        cityDemo();
        if (year2026 && registrations.idOf(stored.findByExternalId(LearningModel.FAMILY, "HGD-10507-0001")
                .orElseThrow().id(), 2026).isEmpty()) {
            year2026();
        }
        cycle(THANH_DONG, 2026);
        cityReview();
        // next year's registration, open from now on: the associations of both communes have its tasks
        // whatever today's date (the 2026 cycle's phase depends on it; in December it awaits recognition)
        cycle(THANH_DONG, 2027);
        cycle(HAI_DUONG, 2027);
    }

    private void cycle(String commune, int year) {
        CycleKey key = new CycleKey(LearningModel.FAMILY, year, commune);
        if (!campaigns.isRunning(key)) {
            campaigns.start(commune, year, LearningModel.FAMILY);
            LOG.info("Đã khởi động chu kỳ {}", key.businessKey());
        }
    }

    /** Every other commune of the city, generated from a fixed seed, with its years 2022–2025. */
    private void cityDemo() {
        if (city == null) {
            return; // portal.demo-city=false: Thành Đông and Hải Dương only
        }
        CityDemoPlan plan = CityDemoPlan.generate(CityDemo.SEED,
                city.communes(HAI_PHONG, java.util.Set.of(THANH_DONG, HAI_DUONG)), city.targets(HAI_PHONG));
        if (!city.storedAlready(plan)) {
            city.store(plan);
        }
    }

    private boolean villageExists(String code) {
        try {
            units.unitOn(code, LocalDate.now(clock));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private List<String> villages() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < VILLAGES.length; i++) {
            String code = THANH_DONG + "-0" + (i + 1);
            units.addVillage(code, VILLAGES[i], THANH_DONG, REFORM);
            codes.add(code);
        }
        LOG.info("Đã thêm {} tổ dân phố của phường Thành Đông", codes.size());
        return codes;
    }

    private List<Subject> households(List<String> villages) {
        Random random = new Random(10507);
        List<SubjectCatalogue.NewSubject> households = new ArrayList<>();
        for (int i = 1; i <= 320; i++) {
            boolean man = random.nextInt(3) > 0;
            String name = (man ? "Hộ ông " : "Hộ bà ") + SURNAMES[random.nextInt(SURNAMES.length)] + " "
                    + (man ? MEN[random.nextInt(MEN.length)] : WOMEN[random.nextInt(WOMEN.length)]);
            households.add(new SubjectCatalogue.NewSubject(LearningModel.FAMILY, villages.get(i % villages.size()),
                    name, String.format("HGD-10507-%04d", i)));
        }
        List<Subject> added = subjects.addAll(households);
        LOG.info("Đã thêm {} hộ gia đình", added.size());
        return added;
    }

    private List<Subject> clansAndOrganisations() {
        List<SubjectCatalogue.NewSubject> others = new ArrayList<>();
        for (int i = 0; i < CLANS.length; i++) {
            others.add(new SubjectCatalogue.NewSubject(LearningModel.CLAN, THANH_DONG, CLANS[i], "DH-10507-" + (i + 1)));
        }
        for (int i = 0; i < ORGANISATIONS.length; i++) {
            others.add(new SubjectCatalogue.NewSubject(LearningModel.UNIT, THANH_DONG, ORGANISATIONS[i],
                    "DV-10507-" + (i + 1)));
        }
        return subjects.addAll(others);
    }

    private static String citizenId(int number) {
        return String.format("CD-10507-%04d", number);
    }

    /** A person of the demo: where they live, and their role in their household. */
    private record Person(SubjectCatalogue.NewSubject subject, int household, MemberRole role) { }

    /**
     * The people of the first forty households (a head and a spouse of working age, their children,
     * some grandparents), the members of the clan Nguyễn Đình (the Nguyễns among them) and the staff of
     * the ward's People's Committee (some heads of household, some others), as their lists stood on the
     * day of the reform; the ward's organisations recognised as "Đơn vị học tập" in 2025, and three
     * people in four registered for "Công dân học tập" and, those earning it, recognised.
     */
    private void citizens2025() {
        Random random = new Random(4610507);
        List<Subject> households = new ArrayList<>(stored.findByExternalIds(LearningModel.FAMILY,
                java.util.stream.IntStream.rangeClosed(1, HOUSEHOLDS_WITH_MEMBERS)
                        .mapToObj(i -> String.format("HGD-10507-%04d", i)).toList()));
        households.sort(java.util.Comparator.comparing(Subject::externalId));
        List<Person> people = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        for (int h = 0; h < households.size(); h++) {
            Subject household = households.get(h);
            String village = units.unitOn(household.unit(), MEMBER_LISTS_ON).code();
            boolean man = household.name().startsWith("Hộ ông ");
            String head = household.name().substring(man ? "Hộ ông ".length() : "Hộ bà ".length());
            String surname = head.substring(0, head.indexOf(' '));
            String spouse = SURNAMES[random.nextInt(SURNAMES.length)] + " "
                    + (man ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)]);
            heads.add(people.size());
            people.add(person(people, village, head, h, MemberRole.WORKER));
            people.add(person(people, village, spouse, h, MemberRole.WORKER));
            for (int c = 0, children = 1 + random.nextInt(2); c < children; c++) {
                String child = surname + " " + (random.nextBoolean() ? MEN[random.nextInt(MEN.length)]
                        : WOMEN[random.nextInt(WOMEN.length)]);
                // an adult child works; a young one is another member
                people.add(person(people, village, child, h, random.nextInt(3) == 0 ? MemberRole.WORKER
                        : MemberRole.OTHER));
            }
            if (random.nextInt(4) == 0) {
                people.add(person(people, village, SURNAMES[random.nextInt(SURNAMES.length)] + " "
                        + WOMEN[random.nextInt(WOMEN.length)], h, MemberRole.OTHER));
            }
        }
        for (int i = 0; i < 6; i++) {
            // staff of the committee living in the ward, in no household on the lists
            people.add(person(people, THANH_DONG, SURNAMES[random.nextInt(SURNAMES.length)] + " "
                    + MEN[random.nextInt(MEN.length)], -1, MemberRole.CADRE));
        }
        List<Subject> citizens = subjects.addAll(people.stream().map(Person::subject).toList());
        for (int h = 0; h < households.size(); h++) {
            List<ListedMember> list = new ArrayList<>();
            for (int p = 0; p < people.size(); p++) {
                if (people.get(p).household() == h) {
                    list.add(new ListedMember(citizens.get(p).id().value(), null, people.get(p).role(), null));
                }
            }
            members.replace(households.get(h).id(), MEMBER_LISTS_ON, list);
        }
        List<ListedMember> clan = new ArrayList<>();
        List<ListedMember> staff = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            Person person = people.get(p);
            Subject citizen = citizens.get(p);
            if (person.household() >= 0 && citizen.name().startsWith("Nguyễn")) {
                clan.add(new ListedMember(citizen.id().value(), null, person.role(), null));
            }
            // the heads of every fifth household work at the committee, beside its own staff
            if (person.household() < 0 || heads.contains(p) && person.household() % 5 == 0) {
                staff.add(new ListedMember(citizen.id().value(), null, MemberRole.CADRE, null));
            }
        }
        members.replace(stored.findByExternalId(LearningModel.CLAN, "DH-10507-1").orElseThrow().id(), MEMBER_LISTS_ON,
                clan);
        members.replace(stored.findByExternalId(LearningModel.UNIT, "DV-10507-5").orElseThrow().id(), MEMBER_LISTS_ON,
                staff);
        LOG.info("Đã thêm {} công dân và danh sách thành viên của {} hộ gia đình, một dòng họ và một cơ quan",
                citizens.size(), households.size());
        recogniseYear(stored.findByExternalIds(LearningModel.UNIT, List.of("DV-10507-1", "DV-10507-3", "DV-10507-5")),
                LearningModel.UNIT, new Random(387), "127/QĐ-UBND");
        recogniseYear(citizens.stream().filter(c -> random.nextInt(4) > 0).toList(), LearningModel.CITIZEN, random,
                "128/QĐ-UBND");
    }

    private static Person person(List<Person> people, String unitCode, String name, int household, MemberRole role) {
        return new Person(new SubjectCatalogue.NewSubject(LearningModel.CITIZEN, unitCode, name,
                citizenId(people.size() + 1)), household, role);
    }

    /**
     * The city's 2021–2025 review, held late: its report went past the plan's day, its honouring congress
     * (Đại hội biểu dương) still chooses the city's exemplary subjects, a task of the city's association.
     * Started once: not again once the city's review report is there.
     */
    private void cityReview() {
        ReportPeriod phase = ReportPeriod.phase(2021, 2025);
        if (reports.find(HAI_PHONG, Plan.PROGRAMME_387, phase).isEmpty()) {
            rounds.startUnit(HAI_PHONG, Plan.PROGRAMME_387, phase, null)
                    .ifPresent(key -> LOG.info("Đã bắt đầu sơ kết {} của thành phố ({})", phase.vietnameseName(), key));
        }
    }

    /**
     * 2026 in Thành Đông as December finds it: nine households in ten registered, most of them
     * self-assessed and verified by the association, the recognition decision not yet issued.
     */
    private void year2026() {
        Random random = new Random(2026);
        List<Subject> households = new ArrayList<>(stored.findByExternalIds(LearningModel.FAMILY,
                java.util.stream.IntStream.rangeClosed(1, 320).mapToObj(i -> String.format("HGD-10507-%04d", i))
                        .toList()));
        households.sort(java.util.Comparator.comparing(Subject::externalId));
        assessYear(households.subList(0, households.size() * 9 / 10), LearningModel.FAMILY, 2026, random, null);
    }

    /** 2025: most households and clans registered, assessed and verified; those earning the title recognised. */
    private void year2025(List<Subject> households, List<Subject> others) {
        Random random = new Random(2025);
        List<Subject> clans = others.stream().filter(s -> s.model() == LearningModel.CLAN).toList();
        recogniseYear(households.subList(0, households.size() * 9 / 10), LearningModel.FAMILY, random,
                "125/QĐ-UBND");
        recogniseYear(clans.subList(0, 5), LearningModel.CLAN, random, "126/QĐ-UBND");
    }

    private void recogniseYear(List<Subject> subjectsOfYear, LearningModel model, Random random, String number) {
        assessYear(subjectsOfYear, model, 2025, random, number);
    }

    /**
     * Registers the subjects for {@code year}, self-assesses them and verifies them (a strong year for
     * four in five); with a decision number, recognises those earning the title. Without one, one in
     * ten stays registered and one in ten self-assessed only, as a year before its decision stands.
     */
    private void assessYear(List<Subject> subjectsOfYear, LearningModel model, int year, Random random, String number) {
        CriteriaSet set = criteriaSets.inForce(model, model.usualSubjectLevel(), year).orElseThrow();
        List<Registration> registered = registering.registerAll(subjectsOfYear.stream().map(Subject::id).toList(), year);
        List<org.learningsociety.core.registration.SelfAssessment> assessments = new ArrayList<>();
        List<org.learningsociety.core.registration.Verification> verifications = new ArrayList<>();
        List<RegistrationId> recognised = new ArrayList<>();
        Map<RegistrationId, String> notRecognised = new LinkedHashMap<>();
        for (Registration registration : registered) {
            int stage = number == null ? random.nextInt(10) : 9;
            if (stage == 0) {
                continue; // registered, never self-assessed yet
            }
            boolean strong = random.nextInt(100) < 80;
            Map<String, Integer> points = new LinkedHashMap<>();
            List<Evidence> evidence = new ArrayList<>();
            for (Indicator indicator : set.indicators()) {
                int max = indicator.maxPoints();
                points.put(indicator.code(), strong ? max - random.nextInt(Math.max(1, max / 5)) : max / 3);
                if (indicator.evidenceRequired()) {
                    evidence.add(new Evidence(indicator.code(), "minh-chung/" + registration.id() + "/"
                            + indicator.code() + ".pdf", "Minh chứng chỉ số " + indicator.code()));
                }
            }
            Scores scores = Scores.of(points);
            assessments.add(new org.learningsociety.core.registration.SelfAssessment(registration.id(), scores, evidence));
            if (stage == 1) {
                continue; // self-assessed, awaiting the association's verification
            }
            verifications.add(new org.learningsociety.core.registration.Verification(registration.id(), scores,
                    "hoikhuyenhoc.thanhdong", "Đã kiểm tra minh chứng"));
            if (set.classify(scores).earnsTitle()) {
                recognised.add(registration.id());
            } else {
                notRecognised.put(registration.id(), "Chưa đạt điểm tối thiểu theo bộ tiêu chí " + set.version());
            }
        }
        selfAssessing.selfAssessAll(assessments, false);
        verifying.verifyAll(verifications);
        if (number == null) {
            LOG.info("Năm {}: {} hồ sơ {} đã đăng ký, {} đã tự đánh giá, {} đã thẩm định", year, registered.size(),
                    model.title(), assessments.size(), verifications.size());
            return;
        }
        recognising.recognise(new org.learningsociety.core.decision.NewDecision(number, LocalDate.of(year, 12, 10),
                "Chủ tịch UBND phường Thành Đông", THANH_DONG), year, model, recognised, notRecognised);
        LOG.info("Năm {}: {} hồ sơ {} được công nhận, {} không được công nhận", year, recognised.size(),
                model.title(), notRecognised.size());
    }

    /**
     * The 2025 values of the three indicators Hải Phòng's plan has communes enter, as the associations of
     * Thành Đông and Hải Dương entered them: the city's 2025 report rolls them up.
     */
    private void indicatorValues2025() {
        if (indicatorSheets.of(THANH_DONG, 2025).stream().anyMatch(IndicatorSheets.Line::entered)) {
            return;
        }
        String chair = "COMMUNE_ASSOCIATION_CHAIR_MANAGES_CLC";
        String cadres = "COMMUNE_CADRES_IN_CLC_IT_TRAINED";
        String members = "ASSOCIATION_MEMBERS_STUDIED_DIRECTIVES";
        Actor thanhDong = new Actor("hoikhuyenhoc.thanhdong");
        Actor haiDuong = new Actor("hoikhuyenhoc.haiduong");
        indicatorEntry.enter(new IndicatorEntry.Entry(THANH_DONG, 2025, chair, null, null, true,
                "Phó Chủ tịch Hội Khuyến học phường là Phó Giám đốc Trung tâm học tập cộng đồng", null), thanhDong);
        indicatorEntry.enter(new IndicatorEntry.Entry(THANH_DONG, 2025, cadres, 9L, 12L, null,
                "Lớp tập huấn ứng dụng công nghệ thông tin tháng 9/2025", null), thanhDong);
        indicatorEntry.enter(new IndicatorEntry.Entry(THANH_DONG, 2025, members, 410L, 468L, null, null, null), thanhDong);
        indicatorEntry.enter(new IndicatorEntry.Entry(HAI_DUONG, 2025, chair, null, null, false, null, null), haiDuong);
        indicatorEntry.enter(new IndicatorEntry.Entry(HAI_DUONG, 2025, cadres, 5L, 10L, null, null, null), haiDuong);
        indicatorEntry.enter(new IndicatorEntry.Entry(HAI_DUONG, 2025, members, 296L, 350L, null, null, null), haiDuong);
        LOG.info("Đã nhập số liệu năm 2025 của ba chỉ tiêu Hội Khuyến học cho phường Thành Đông và phường Hải Dương");
    }

    /**
     * Officers of two communes and of the city, each able to open Tasklist and see their groups' tasks in
     * "Công việc của đơn vị tôi": given by the starter's {@link OfficerProvisioning}, which creates these demo
     * accounts in Camunda's identity service because the demo asks it to.
     */
    private void officers() {
        officer("hoikhuyenhoc.thanhdong", "Nguyễn Thị", "Lan", OfficerRole.ASSOCIATION, THANH_DONG);
        officer("ubnd.thanhdong", "Trần Văn", "Hùng", OfficerRole.PEOPLES_COMMITTEE, THANH_DONG);
        officer("hoikhuyenhoc.haiduong", "Phạm Minh", "Tuấn", OfficerRole.ASSOCIATION, HAI_DUONG);
        officer("thidua.haiphong", "Lê Thu", "Hà", OfficerRole.EMULATION_BOARD, HAI_PHONG);
        officer("thidua.haiphong", "Lê Thu", "Hà", OfficerRole.ASSOCIATION, HAI_PHONG);
    }

    private void officer(String id, String firstName, String lastName, OfficerRole role, String unitCode) {
        RoleGranted granted = officers.grantCreatingUser(id, new NewAccount(firstName, lastName,
                id + "@hoctap.example.invalid", PASSWORD), role, unitCode);
        if (granted.userCreated() || granted.membershipCreated()) {
            LOG.info("Tài khoản {}: {}", id, granted.groupName());
        }
    }
}
