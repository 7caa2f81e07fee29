package org.learningsociety.core.commendation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.DecisionPolicies;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.DomainEvent;
import org.learningsociety.core.shared.DomainEvents;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;

/** The application service of commendations: propose, then approve with a decision or refuse. */
public class CommendationService {

    private final Commendations commendations;
    private final Registrations registrations;
    private final Decisions decisions;
    private final UnitDirectory units;
    private final Transactions transactions;
    private final DomainEvents events;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final AwardCatalogue awards;

    /** Without an audit trail: for tools and tests; a host wires the constructor that takes one. */
    public CommendationService(Commendations commendations, Registrations registrations, Decisions decisions,
            UnitDirectory units, Transactions transactions, DomainEvents events, Clock clock) {
        this(commendations, registrations, decisions, units, transactions, events, clock, AuditTrail.NONE,
                CurrentActor.SYSTEM);
    }

    /**
     * Every proposal and decision is recorded in {@code audit}, in its transaction; no form is checked
     * against a plan ({@link AwardCatalogue#NONE}).
     */
    public CommendationService(Commendations commendations, Registrations registrations, Decisions decisions,
            UnitDirectory units, Transactions transactions, DomainEvents events, Clock clock, AuditTrail audit,
            CurrentActor actor) {
        this(commendations, registrations, decisions, units, transactions, events, clock, audit, actor,
                AwardCatalogue.NONE);
    }

    /**
     * Every form proposed or issued is one the plan in force names for that round and that issuer
     * ({@code awards}); every proposal and decision is recorded in {@code audit}.
     */
    public CommendationService(Commendations commendations, Registrations registrations, Decisions decisions,
            UnitDirectory units, Transactions transactions, DomainEvents events, Clock clock, AuditTrail audit,
            CurrentActor actor, AwardCatalogue awards) {
        this.awards = Objects.requireNonNull(awards);
        this.audit = Objects.requireNonNull(audit);
        this.actor = Objects.requireNonNull(actor);
        this.commendations = Objects.requireNonNull(commendations);
        this.registrations = Objects.requireNonNull(registrations);
        this.decisions = Objects.requireNonNull(decisions);
        this.units = Objects.requireNonNull(units);
        this.transactions = Objects.requireNonNull(transactions);
        this.events = Objects.requireNonNull(events);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Proposes {@code form} for each recognised registration, outside a review (the yearly round, an
     * officer's proposal): a form the plan gives yearly only; one open proposal per registration.
     */
    public List<Commendation> propose(List<RegistrationId> recognised, String form, String proposedBy) {
        return propose(recognised, form, proposedBy, false);
    }

    /**
     * Proposes {@code form} for each registration selected at a review (sơ kết, tổng kết): a form the
     * plan gives at the reviews, the Prime Minister's Bằng khen included, which stays PROPOSED until
     * the portal records the higher body's decision ({@link #recordHigherDecision}).
     */
    public List<Commendation> proposeAtReview(List<RegistrationId> recognised, String form, String proposedBy) {
        return propose(recognised, form, proposedBy, true);
    }

    /** The forms of award in force for {@code unit} in {@code year}, as the plans name them. */
    public Optional<AwardCatalogue.InForce> formsInForce(AdministrativeUnit unit, int year) {
        return awards.formsFor(unit, year, dayOf(year));
    }

    /**
     * Names forms of award as the plan in force names them for a unit and year — the code itself when no
     * plan names it — reading each unit's plans once: for one listing, not for keeping.
     */
    public FormNames formNames() {
        return new FormNames();
    }

    /** The names of forms for one listing; see {@link #formNames()}. */
    public final class FormNames {

        private final Map<String, Optional<AwardCatalogue.InForce>> read = new java.util.HashMap<>();

        private FormNames() {
        }

        /** The name of {@code code} in the plan in force for {@code unit} in {@code year}, else the code. */
        public String of(String code, org.learningsociety.core.unit.UnitId unit, Integer year) {
            if (code == null) {
                return null;
            }
            if (unit == null || year == null || awards == AwardCatalogue.NONE) {
                return code;
            }
            Optional<AwardCatalogue.InForce> inForce = read.computeIfAbsent(unit.value() + "|" + year, key -> {
                LocalDate on = dayOf(year);
                try {
                    return awards.formsFor(units.unitOn(unit, on), year, on);
                } catch (NotFoundException gone) {
                    return Optional.empty();
                }
            });
            return inForce.flatMap(f -> f.form(code)).map(org.learningsociety.core.plan.AwardForm::name).orElse(code);
        }
    }

    private LocalDate dayOf(int year) {
        LocalDate today = LocalDate.now(clock);
        return today.getYear() > year ? LocalDate.of(year, 12, 31) : today.getYear() == year ? today
                : LocalDate.of(year, 1, 1);
    }

    private Optional<AwardCatalogue.InForce> formsOf(Registration registration) {
        if (awards == AwardCatalogue.NONE) {
            return Optional.empty();
        }
        LocalDate on = dayOf(registration.year());
        return awards.formsFor(units.unitOn(registration.unit(), on), registration.year(), on);
    }

    private List<Commendation> propose(List<RegistrationId> recognised, String form, String proposedBy,
            boolean atReview) {
        List<DomainEvent> raised = new ArrayList<>();
        List<Commendation> proposed = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<Registration> loaded = registrations.findByIds(recognised);
            if (loaded.size() != new HashSet<>(recognised).size()) {
                Set<RegistrationId> found = loaded.stream().map(Registration::id).collect(Collectors.toSet());
                RegistrationId missing = recognised.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow();
                throw new NotFoundException("registrationId", missing, "Không có hồ sơ đăng ký này");
            }
            long next = recognised.isEmpty() ? 0 : commendations.nextIds(recognised.size()).value();
            List<Commendation> batch = new ArrayList<>();
            for (Registration registration : loaded) {
                Optional<AwardCatalogue.InForce> inForce = formsOf(registration);
                (atReview ? AwardPolicies.givenAtReviews(form, inForce)
                        : AwardPolicies.givenInTheYearlyRound(form, inForce)).orThrow();
                boolean open = commendations.findByRegistration(registration.id()).stream()
                        .anyMatch(c -> c.status().isOpenOrGiven());
                if (open) {
                    throw new ConflictException("registrationId", registration.id(),
                            "Hồ sơ đã được đề nghị khen thưởng");
                }
                Commendation.Proposed p = Commendation.propose(new CommendationId(next++), registration, form,
                        proposedBy, now);
                batch.add(p.commendation());
                raised.add(p.event());
            }
            commendations.addAll(batch);
            Actor by = actor.get();
            audit.appendAll(batch.stream().map(c -> AuditRecord.of(Audited.COMMENDATION, c.id().value(),
                    AuditAction.COMMENDATION_PROPOSED, by, now, null, describe(c), null)).toList());
            events.publish(raised);
            return batch;
        });
        return proposed;
    }

    /**
     * The emulation board decides: {@code approved} get one decision of the proposals' form, the
     * {@code refused} their reasons.
     */
    public Decision decide(NewDecision newDecision, String form, int year,
            LearningModel model, List<CommendationId> approved,
            Map<CommendationId, String> refused) {
        List<DomainEvent> raised = new ArrayList<>();
        Decision issued = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            AdministrativeUnit issuer = newDecision.issuer(units, LocalDate.now(clock));
            if (!approved.isEmpty()) {
                AwardPolicies.issuedByTheProvince(form, awards.formsFor(issuer, year,
                        newDecision.date() == null ? dayOf(year) : newDecision.date())).orThrow();
            }
            Decision decision = new Decision(decisions.nextId(), Decision.Kind.COMMENDATION, newDecision.number(),
                    newDecision.date(), newDecision.signer(), issuer.id(), year, model, form);
            DecisionPolicies.numberUnused(decisions, issuer, decision).orThrowConflict();
            for (CommendationId both : approved) {
                if (refused.containsKey(both)) {
                    throw new InvalidInputException("commendationIds", both,
                            "Đề nghị khen thưởng không thể vừa được duyệt vừa không được duyệt");
                }
            }
            decisions.add(decision);
            Actor by = actor.get();
            List<AuditRecord> records = new ArrayList<>();
            records.add(AuditRecord.of(Audited.DECISION, decision.id().value(), AuditAction.DECISION_ISSUED, by,
                    now, null, decision.kind() + " " + form + " số " + decision.number() + " ngày " + decision.date()
                            + " ký " + decision.signer(), null));
            List<Commendation> changed = new ArrayList<>();
            for (Commendation commendation : commendations.findByIds(approved)) {
                String before = describe(commendation);
                raised.add(commendation.approve(decision, now));
                changed.add(commendation);
                records.add(AuditRecord.of(Audited.COMMENDATION, commendation.id().value(),
                        AuditAction.COMMENDATION_APPROVED, by, now, before, describe(commendation), null));
            }
            for (Commendation commendation : commendations.findByIds(refused.keySet())) {
                String before = describe(commendation);
                raised.add(commendation.refuse(refused.get(commendation.id()), now));
                changed.add(commendation);
                records.add(AuditRecord.of(Audited.COMMENDATION, commendation.id().value(),
                        AuditAction.COMMENDATION_REFUSED, by, now, before, describe(commendation),
                        commendation.refusalReason()));
            }
            if (changed.size() != approved.size() + refused.size()) {
                Set<CommendationId> found = changed.stream().map(Commendation::id).collect(Collectors.toSet());
                CommendationId missing = Stream.concat(approved.stream(), refused.keySet().stream())
                        .filter(id -> !found.contains(id)).findFirst().orElse(null);
                if (missing == null) {
                    throw new InvalidInputException("commendationIds", approved,
                            "Đề nghị khen thưởng xuất hiện hai lần trong một quyết định");
                }
                throw new NotFoundException("commendationId", missing, "Không có đề nghị khen thưởng này");
            }
            commendations.updateAll(changed);
            audit.appendAll(records);
            events.publish(raised);
            return decision;
        });
        return issued;
    }

    /**
     * Records the higher body's decision on proposals of a form the province only proposes upward (the
     * Prime Minister's Bằng khen): {@code granted} with its decision (number, date, signer, the issuing
     * unit — the centre, {@code VN}), or not granted for {@code reason}. The portal enters it when the
     * decision reaches the province.
     */
    public Decision recordHigherDecision(NewDecision newDecision, String form, int year, LearningModel model,
            List<CommendationId> proposals, boolean granted, String reason) {
        if (proposals.isEmpty()) {
            throw new InvalidInputException("commendationIds", proposals, "Phải nêu ít nhất một đề nghị khen thưởng");
        }
        if (new HashSet<>(proposals).size() != proposals.size()) {
            throw new InvalidInputException("commendationIds", proposals,
                    "Đề nghị khen thưởng xuất hiện hai lần trong một quyết định");
        }
        if (!granted) {
            CommendationPolicies.refusalGivesAReason(reason).orThrow();
        }
        List<DomainEvent> raised = new ArrayList<>();
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<Commendation> found = commendations.findByIds(proposals);
            if (found.size() != proposals.size()) {
                Set<CommendationId> ids = found.stream().map(Commendation::id).collect(Collectors.toSet());
                throw new NotFoundException("commendationId", proposals.stream().filter(id -> !ids.contains(id))
                        .findFirst().orElseThrow(), "Không có đề nghị khen thưởng này");
            }
            Map<RegistrationId, Registration> proposedFor = registrations.findByIds(found.stream()
                    .map(Commendation::registration).toList()).stream()
                    .collect(Collectors.toMap(Registration::id, r -> r));
            for (Commendation commendation : found) {
                if (!commendation.form().equals(form)) {
                    throw new InvalidInputException("form", commendation.form(), "Đề nghị " + commendation.id()
                            + " là đề nghị hình thức " + commendation.form() + ", không phải " + form);
                }
                AwardPolicies.decidedUpward(form, formsOf(proposedFor.get(commendation.registration()))).orThrow();
            }
            Actor by = actor.get();
            List<AuditRecord> records = new ArrayList<>();
            Decision decision = null;
            if (granted) {
                AdministrativeUnit issuer = newDecision.issuer(units, LocalDate.now(clock));
                decision = new Decision(decisions.nextId(), Decision.Kind.COMMENDATION, newDecision.number(),
                        newDecision.date(), newDecision.signer(), issuer.id(), year, model, form);
                DecisionPolicies.numberUnused(decisions, issuer, decision).orThrowConflict();
                decisions.add(decision);
                records.add(AuditRecord.of(Audited.DECISION, decision.id().value(), AuditAction.DECISION_ISSUED, by,
                        now, null, decision.kind() + " " + form + " số " + decision.number() + " ngày "
                                + decision.date() + " ký " + decision.signer() + " (cấp trên)", null));
            }
            for (Commendation commendation : found) {
                String before = describe(commendation);
                if (granted) {
                    raised.add(commendation.grant(decision, now));
                    records.add(AuditRecord.of(Audited.COMMENDATION, commendation.id().value(),
                            AuditAction.COMMENDATION_APPROVED, by, now, before, describe(commendation), null));
                } else {
                    raised.add(commendation.notGrant(reason, now));
                    records.add(AuditRecord.of(Audited.COMMENDATION, commendation.id().value(),
                            AuditAction.COMMENDATION_REFUSED, by, now, before, describe(commendation), reason));
                }
            }
            commendations.updateAll(found);
            audit.appendAll(records);
            events.publish(raised);
            return decision;
        });
    }

    /** Refuses one proposal for {@code reason}, without a decision: the approving level will not commend it. */
    public Commendation refuse(CommendationId id, String reason) {
        List<DomainEvent> raised = new ArrayList<>();
        Commendation refused = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Commendation commendation = commendations.findById(id).orElseThrow(() ->
                    new NotFoundException("commendationId", id, "Không có đề nghị khen thưởng này"));
            String before = describe(commendation);
            raised.add(commendation.refuse(reason, now));
            commendations.updateAll(List.of(commendation));
            audit.append(AuditRecord.of(Audited.COMMENDATION, id.value(), AuditAction.COMMENDATION_REFUSED,
                    actor.get(), now, before, describe(commendation), commendation.refusalReason()));
            events.publish(raised);
            return commendation;
        });
        return refused;
    }

    /**
     * The approving level decides on the proposals of one form with one decision: approves them all,
     * or refuses them all for {@code refusalReason}.
     */
    public Decision decideAll(NewDecision decision, String form, int year, LearningModel model,
            List<CommendationId> proposals, boolean approved, String refusalReason) {
        if (approved) {
            return decide(decision, form, year, model, proposals, Map.of());
        }
        CommendationPolicies.refusalGivesAReason(refusalReason).orThrow();
        Map<CommendationId, String> refused = new LinkedHashMap<>();
        proposals.forEach(id -> refused.put(id, refusalReason));
        return decide(decision, form, year, model, List.of(), refused);
    }

    /** A commendation as compact text for the audit trail: {@code PROPOSED GIAY_KHEN hồ sơ=12}. */
    static String describe(Commendation c) {
        return c.status() + " " + c.form() + " hồ sơ=" + c.registration()
                + (c.decision() == null ? "" : " quyết định=" + c.decision());
    }
}
