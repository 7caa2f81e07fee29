package org.learningsociety.core.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.CommendationFilter;
import org.learningsociety.core.commendation.CommendationService;
import org.learningsociety.core.commendation.CommendationStatus;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationFilter;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;

/**
 * The honouring congress (Đại hội biểu dương) held with a review: each level selects exemplary
 * subjects among those recognised during the phase in its area and proposes them for a commendation —
 * at the reviews, the plans' Bằng khen of the Prime Minister first — through {@link CommendationService},
 * where the commend process decides them.
 */
public class HonouringCongress {

    /** How many recognised registrations of one year are read to list the candidates: a commune's all. */
    static final int READ_PER_YEAR = 5 * PageRequest.MAX_SIZE;

    private final Registrations registrations;
    private final CommendationService commendations;
    private final Commendations proposals;
    private final Subjects subjects;
    private final UnitDirectory units;
    private final Clock clock;

    public HonouringCongress(Registrations registrations, CommendationService commendations, Commendations proposals,
            Subjects subjects, UnitDirectory units, Clock clock) {
        this.registrations = Objects.requireNonNull(registrations);
        this.commendations = Objects.requireNonNull(commendations);
        this.proposals = Objects.requireNonNull(proposals);
        this.subjects = Objects.requireNonNull(subjects);
        this.units = Objects.requireNonNull(units);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A subject the level may propose: its latest recognised registration of the phase, which the
     * proposal names, and every year of the phase it was recognised.
     */
    public record Candidate(RegistrationId registration, String name, String externalId, String unitName,
            LearningModel model, List<Integer> yearsRecognised) {

        public Candidate {
            yearsRecognised = List.copyOf(yearsRecognised);
        }

        /** How an officer reads it in a list: name, portal id, unit, model and the years recognised. */
        public String label() {
            return name + (externalId == null ? "" : " (" + externalId + ")") + " · " + unitName + " · "
                    + model.title() + " · công nhận năm " + yearsRecognised.stream().map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * The candidates of a level for a phase, those recognised the most years first, at most as many as
     * asked; {@code recognised} counts the phase's recognised registrations in the area, and
     * {@code complete} says whether every one of them was read (not so for a province's hundreds of
     * thousands, where the list holds those of the registrations read).
     */
    public record Candidates(List<Candidate> listed, long recognised, int subjects, boolean complete) {

        public Candidates {
            listed = List.copyOf(listed);
        }
    }

    /** Only a subject recognised in a year of the reviewed phase is exemplary of it. */
    public static Outcome exemplaryOf(Registration registration, ReportPeriod phase) {
        if (registration.status() != RegistrationStatus.RECOGNISED) {
            return Outcome.rejected("registrationId", registration.id(),
                    "Chỉ đề nghị biểu dương hồ sơ đã được công nhận");
        }
        if (!phase.contains(registration.year())) {
            return Outcome.rejected("registrationId", registration.id(), "Hồ sơ được công nhận năm "
                    + registration.year() + ", ngoài " + phase.vietnameseName());
        }
        return Outcome.allowed();
    }

    /**
     * The subjects recognised during {@code phase} in the unit {@code unitCode} and beneath it, less those
     * with a year of the phase already proposed for a commendation or commended (a refused proposal
     * does not count).
     */
    public Candidates candidates(String unitCode, ReportPeriod phase, int limit) {
        if (limit < 1) {
            throw new InvalidInputException("limit", limit, "Số đối tượng liệt kê phải từ 1 trở lên");
        }
        Map<SubjectId, List<Registration>> bySubject = new HashMap<>();
        Set<RegistrationId> proposed = new HashSet<>();
        long recognised = 0;
        boolean complete = true;
        for (int year = phase.fromYear(); year <= phase.toYear(); year++) {
            Set<UnitId> area = areaOf(unitCode, year);
            if (area.isEmpty()) {
                continue;
            }
            RegistrationFilter filter = new RegistrationFilter(area, year, null, RegistrationStatus.RECOGNISED);
            int read = 0;
            long inYear = 0;
            for (int page = 0; read < READ_PER_YEAR; page++) {
                Page<Registration> found = registrations.find(filter, new PageRequest(page, PageRequest.MAX_SIZE));
                if (page == 0) {
                    inYear = found.total();
                    recognised += inYear;
                }
                found.items().forEach(r -> bySubject.computeIfAbsent(r.subject(), s -> new ArrayList<>()).add(r));
                read += found.items().size();
                if (found.items().size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
            complete &= read >= inYear;
            proposed.addAll(openProposals(area, year));
        }
        Map<SubjectId, Subject> named = subjects.findByIds(bySubject.keySet()).stream()
                .collect(Collectors.toMap(Subject::id, Function.identity()));
        Map<UnitId, String> unitNames = new HashMap<>();
        List<Candidate> all = new ArrayList<>();
        bySubject.forEach((subjectId, years) -> {
            if (years.stream().anyMatch(r -> proposed.contains(r.id()))) {
                return;
            }
            Registration latest = years.stream().max(Comparator.comparingInt(Registration::year)).orElseThrow();
            Subject subject = named.get(subjectId);
            String unitName = unitNames.computeIfAbsent(latest.unit(),
                    id -> units.unitOn(id, dateIn(latest.year())).name());
            all.add(new Candidate(latest.id(), subject == null ? subjectId.toString() : subject.name(),
                    subject == null ? null : subject.externalId(), unitName, latest.model(),
                    new ArrayList<>(new TreeSet<>(years.stream().map(Registration::year).toList()))));
        });
        all.sort(Comparator.comparingInt((Candidate c) -> -c.yearsRecognised().size())
                .thenComparing(Candidate::unitName).thenComparing(Candidate::name)
                .thenComparing(c -> c.registration().value()));
        return new Candidates(all.subList(0, Math.min(limit, all.size())), recognised, all.size(),
                complete && all.size() <= limit);
    }

    /** The registrations of {@code area} and {@code year} under a proposal or a commendation (not refused). */
    private Set<RegistrationId> openProposals(Set<UnitId> area, int year) {
        Set<RegistrationId> open = new HashSet<>();
        CommendationFilter filter = new CommendationFilter(area, year, null);
        for (int page = 0; ; page++) {
            Page<Commendation> found = proposals.find(filter, new PageRequest(page, PageRequest.MAX_SIZE));
            found.items().stream().filter(c -> c.status().isOpenOrGiven())
                    .forEach(c -> open.add(c.registration()));
            if (found.items().size() < PageRequest.MAX_SIZE) {
                return open;
            }
        }
    }

    /**
     * The forms of award the plan in force for {@code unitCode} gives at the reviews, as it names them
     * (the Prime Minister's Bằng khen first in the shipped plans); none when no plan names forms.
     */
    public List<org.learningsociety.core.plan.AwardForm> formsAtReview(String unitCode, ReportPeriod phase) {
        int year = phase.toYear();
        AdministrativeUnit unit;
        try {
            unit = units.unitOn(unitCode, dateIn(year));
        } catch (NotFoundException e) {
            return List.of();
        }
        return commendations.formsInForce(unit, year).map(f -> f.forms().stream()
                .filter(org.learningsociety.core.plan.AwardForm::givenAtReviews).toList()).orElse(List.of());
    }

    /** Proposes the selected exemplary subjects of {@code phase} for {@code form}. */
    public List<Commendation> propose(ReportPeriod phase, List<RegistrationId> exemplary, String form,
            String proposedBy) {
        selected(phase, exemplary);
        return commendations.proposeAtReview(exemplary, form, proposedBy);
    }

    /**
     * Proposes, for the level {@code unitCode}, exemplary subjects of its own area only: a registration
     * made outside the unit and the units beneath it is refused, naming it.
     */
    public List<Commendation> propose(String unitCode, ReportPeriod phase, List<RegistrationId> exemplary,
            String form, String proposedBy) {
        for (Registration registration : selected(phase, exemplary)) {
            if (!areaOf(unitCode, registration.year()).contains(registration.unit())) {
                throw new InvalidInputException("registrationId", registration.id().value(), "Hồ sơ "
                        + registration.id().value() + " không thuộc địa bàn đơn vị " + unitCode);
            }
        }
        return commendations.proposeAtReview(exemplary, form, proposedBy);
    }

    private List<Registration> selected(ReportPeriod phase, List<RegistrationId> exemplary) {
        List<Registration> selected = registrations.findByIds(exemplary);
        if (selected.size() != new HashSet<>(exemplary).size()) {
            throw new NotFoundException("registrationId", exemplary, "Có hồ sơ đăng ký không tồn tại");
        }
        selected.forEach(r -> exemplaryOf(r, phase).orThrow());
        return selected;
    }

    /** The units of {@code unitCode}'s area in {@code year}; none if the code meant no unit then. */
    private Set<UnitId> areaOf(String unitCode, int year) {
        LocalDate date = dateIn(year);
        AdministrativeUnit unit;
        try {
            unit = units.unitOn(unitCode, date);
        } catch (NotFoundException e) {
            return Set.of();
        }
        return units.subtreeOf(unit, date).stream().map(AdministrativeUnit::id).collect(Collectors.toSet());
    }

    private LocalDate dateIn(int year) {
        LocalDate today = LocalDate.now(clock);
        return today.getYear() > year ? LocalDate.of(year, 12, 31) : today.getYear() == year ? today
                : LocalDate.of(year, 1, 1);
    }
}
