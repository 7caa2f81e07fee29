package org.learningsociety.core.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.CommendationForm;
import org.learningsociety.core.commendation.CommendationId;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.criteria.Classification;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.CriteriaSets;
import org.learningsociety.core.registration.Decision;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.registration.YearlyRecordService;
import org.learningsociety.core.registration.YearlyRecordService.NewDecision;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.core.unit.UnitLevel;

/**
 * The application service of one commune's yearly campaign for one model. Officers work per batch:
 * a village for households, clans and citizens; the commune itself for communities and units. A
 * batch's counts come from the registrations, never from the workflow.
 */
public class CampaignService {

    /** How many past years are looked at when counting years recognised in a row. */
    private static final int MAX_YEARS_BACK = 10;

    private final UnitDirectory units;
    private final Registrations registrations;
    private final CriteriaSets criteriaSets;
    private final YearlyRecordService records;
    private final CommendationService commendations;
    private final Clock clock;

    public CampaignService(UnitDirectory units, Registrations registrations, CriteriaSets criteriaSets,
            YearlyRecordService records, CommendationService commendations, Clock clock) {
        this.units = Objects.requireNonNull(units);
        this.registrations = Objects.requireNonNull(registrations);
        this.criteriaSets = Objects.requireNonNull(criteriaSets);
        this.records = Objects.requireNonNull(records);
        this.commendations = Objects.requireNonNull(commendations);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The codes of the batches officers work on: the commune's villages for households, clans and
     * citizens (the commune itself if it has no villages yet); the commune for communities and units.
     */
    public List<String> batchesOf(LearningModel model, String communeCode, int year) {
        AdministrativeUnit commune = commune(communeCode, year);
        if (model == LearningModel.COMMUNITY || model == LearningModel.UNIT) {
            return List.of(commune.code());
        }
        List<String> villages = units.childrenOf(commune, dateIn(year)).stream()
                .filter(u -> u.level() == UnitLevel.VILLAGE)
                .map(AdministrativeUnit::code)
                .sorted()
                .toList();
        return villages.isEmpty() ? List.of(commune.code()) : villages;
    }

    /** The registrations of a batch by status: a village's own, or a commune's with all below it. */
    public BatchProgress progress(LearningModel model, String batchCode, int year) {
        AdministrativeUnit batch = units.unitOn(batchCode, dateIn(year));
        Map<RegistrationStatus, Long> counts = registrations.countByStatus(unitsOf(batch, year), year, model);
        return new BatchProgress(batch.code(), batch.name(), counts);
    }

    /**
     * The title of an officer's task on a batch, in Vietnamese with the counts, e.g. "Thẩm định 312
     * bản tự đánh giá Gia đình học tập của Thôn 3 năm 2026".
     */
    public String taskName(CyclePhase phase, LearningModel model, String batchCode, int year) {
        BatchProgress p = progress(model, batchCode, year);
        String of = model.title() + " của " + p.unitName() + " năm " + year;
        return switch (phase) {
            case REGISTRATION -> "Tiếp nhận đăng ký " + of + " (" + p.total() + " đã đăng ký)";
            case SELF_ASSESSMENT -> "Thu nhận " + p.selfAssessedOrLater() + "/" + p.total() + " bản tự đánh giá " + of;
            case VERIFICATION -> "Thẩm định " + p.selfAssessedOrLater() + " bản tự đánh giá " + of;
            case RECOGNITION -> "Công nhận " + of + ": " + p.count(RegistrationStatus.VERIFIED) + " hồ sơ đã thẩm định";
            case COMMENDATION -> "Khen thưởng " + of + ": " + p.count(RegistrationStatus.RECOGNISED) + " được công nhận";
            case REPORT -> "Báo cáo kết quả " + of + ": " + p.count(RegistrationStatus.RECOGNISED) + "/" + p.total()
                    + " được công nhận";
        };
    }

    /**
     * Whether an officer may mark a batch's work done: refused while registrations of the batch
     * still wait for this phase (self-assessments not yet verified, say).
     */
    public Outcome batchCompletion(CyclePhase phase, LearningModel model, String batchCode, int year) {
        RegistrationStatus waiting = phase.waitingStatus();
        if (waiting == null) {
            return Outcome.allowed();
        }
        BatchProgress p = progress(model, batchCode, year);
        long pending = p.count(waiting);
        if (pending == 0) {
            return Outcome.allowed();
        }
        String what = waiting == RegistrationStatus.REGISTERED
                ? " hồ sơ " + model.title() + " của " + p.unitName() + " chưa tự đánh giá"
                : " bản tự đánh giá " + model.title() + " của " + p.unitName() + " chưa được thẩm định";
        return Outcome.rejected("batch", batchCode, "Chưa thể hoàn thành nhiệm vụ " + phase.vietnameseName().toLowerCase()
                + ": còn " + pending + what + ".");
    }

    /**
     * Recognises with one decision every verified registration of the commune whose verified points
     * earn the title, and records the other verified ones as not recognised with the classification's
     * shortfalls as the reason. Refused while self-assessments of the commune are not yet verified.
     */
    public RecognitionResult recogniseCommune(NewDecision decision, int year, LearningModel model, String communeCode) {
        batchCompletion(CyclePhase.RECOGNITION, model, communeCode, year).orThrow();
        AdministrativeUnit commune = commune(communeCode, year);
        List<Registration> recognised = new ArrayList<>();
        Map<Registration, String> notRecognised = new LinkedHashMap<>();
        // a commune's registrations share a few criteria sets: each is read once, not once per registration
        Map<CriteriaSetId, CriteriaSet> sets = new HashMap<>();
        List<Registration> ofCommune = new ArrayList<>();
        for (UnitId unit : unitsOf(commune, year)) {
            ofCommune.addAll(registrations.findByUnitWithoutEvidence(unit, year, model));
        }
        for (Registration registration : ofCommune) {
            if (registration.status() != RegistrationStatus.VERIFIED) {
                continue;
            }
            CriteriaSet set = sets.computeIfAbsent(registration.criteriaSet(),
                    id -> criteriaSets.findById(id).orElseThrow());
            Classification classification = set.classify(registration.verifiedScores());
            if (classification.earnsTitle()) {
                recognised.add(registration);
            } else {
                notRecognised.put(registration, "Chưa đạt danh hiệu " + model.title() + ": "
                        + String.join("; ", classification.shortfalls()));
            }
        }
        if (recognised.isEmpty()) {
            throw new InvalidInputException("communeCode", communeCode, "Không có hồ sơ " + model.title() + " nào của "
                    + commune.name() + " năm " + year + " đủ điều kiện công nhận");
        }
        // the registrations just read are written back as read: one changed meanwhile is refused by its version
        Decision issued = records.recogniseAsRead(decision, year, model, recognised, notRecognised);
        Map<RegistrationId, String> reasons = new LinkedHashMap<>();
        notRecognised.forEach((registration, reason) -> reasons.put(registration.id(), reason));
        return new RecognitionResult(issued, recognised.size(), reasons);
    }

    /** The code of the province the commune belongs to, for the emulation board's group. */
    public String provinceOf(String communeCode, int year) {
        AdministrativeUnit commune = commune(communeCode, year);
        return units.ancestorsOf(commune, dateIn(year)).stream()
                .filter(u -> u.level() == UnitLevel.PROVINCE)
                .map(AdministrativeUnit::code)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("unitCode", communeCode,
                        "Không tìm thấy tỉnh, thành phố của " + commune.name()));
    }

    /**
     * Proposes the commune's recognised subjects of {@code year} for the form {@code eligibility}
     * names, given the years they have held the title in a row and their verified points.
     */
    public CommendationProposals proposeCommendations(int year, LearningModel model, String communeCode,
            CommendationEligibility eligibility, String proposedBy) {
        AdministrativeUnit commune = commune(communeCode, year);
        List<Registration> thisYear = registrationsOf(commune, year, model).stream()
                .filter(r -> r.status() == RegistrationStatus.RECOGNISED)
                .toList();
        Map<SubjectId, Integer> running = new HashMap<>();
        thisYear.forEach(r -> running.put(r.subject(), 1));
        Set<SubjectId> stillRunning = new HashSet<>(running.keySet());
        // past years are looked up in the units this year's records were made in (villages keep their id
        // when moved into a merged commune), not in the commune's subtree of that year, which before the
        // 2025 reform belonged to another commune
        Set<UnitId> madeIn = new HashSet<>();
        thisYear.forEach(r -> madeIn.add(r.unit()));
        for (int back = 1; back <= MAX_YEARS_BACK && !stillRunning.isEmpty(); back++) {
            Set<SubjectId> recognisedThen = new HashSet<>();
            for (UnitId unit : madeIn) {
                for (Registration r : registrations.findByUnit(unit, year - back, model)) {
                    if (r.status() == RegistrationStatus.RECOGNISED) {
                        recognisedThen.add(r.subject());
                    }
                }
            }
            stillRunning.retainAll(recognisedThen);
            stillRunning.forEach(s -> running.merge(s, 1, Integer::sum));
        }
        Map<CommendationForm, List<RegistrationId>> byForm = new EnumMap<>(CommendationForm.class);
        for (Registration r : thisYear) {
            Optional<CommendationForm> form = eligibility.formFor(model, running.get(r.subject()),
                    r.verifiedScores().total());
            form.ifPresent(f -> byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(r.id()));
        }
        Map<CommendationForm, List<CommendationId>> proposed = new EnumMap<>(CommendationForm.class);
        byForm.forEach((form, ids) -> proposed.put(form,
                commendations.propose(ids, form, proposedBy).stream().map(Commendation::id).toList()));
        return new CommendationProposals(proposed);
    }

    /**
     * The approving level decides on the proposals of one form with one decision: approves them all,
     * or refuses them all for {@code refusalReason}.
     */
    public Decision decideCommendations(NewDecision decision, CommendationForm form, int year,
            LearningModel model, List<CommendationId> proposals, boolean approved, String refusalReason) {
        if (approved) {
            return commendations.decide(decision, form, year, model, proposals, Map.of());
        }
        if (refusalReason == null || refusalReason.isBlank()) {
            throw new InvalidInputException("refusalReason", refusalReason, "Phải nêu lý do không khen thưởng");
        }
        Map<CommendationId, String> refused = new LinkedHashMap<>();
        proposals.forEach(id -> refused.put(id, refusalReason));
        return commendations.decide(decision, form, year, model, List.of(), refused);
    }

    private List<Registration> registrationsOf(AdministrativeUnit commune, int year, LearningModel model) {
        List<Registration> found = new ArrayList<>();
        for (UnitId unit : unitsOf(commune, year)) {
            found.addAll(registrations.findByUnit(unit, year, model));
        }
        return found;
    }

    private List<UnitId> unitsOf(AdministrativeUnit batch, int year) {
        if (batch.level() == UnitLevel.VILLAGE) {
            return List.of(batch.id());
        }
        List<UnitId> ids = new ArrayList<>();
        ids.add(batch.id());
        units.descendantsOf(batch, dateIn(year)).forEach(u -> ids.add(u.id()));
        return ids;
    }

    private AdministrativeUnit commune(String code, int year) {
        AdministrativeUnit unit = units.unitOn(code, dateIn(year));
        if (unit.level() != UnitLevel.COMMUNE) {
            throw new InvalidInputException("unitCode", code, "Chiến dịch hằng năm chạy theo xã, phường; đơn vị "
                    + code + " là cấp " + unit.level().vietnameseName());
        }
        return unit;
    }

    /** The day the hierarchy is read on: today while the year runs, else its first or last day. */
    private LocalDate dateIn(int year) {
        LocalDate today = LocalDate.now(clock);
        if (today.getYear() == year) {
            return today;
        }
        return today.getYear() > year ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
    }
}
