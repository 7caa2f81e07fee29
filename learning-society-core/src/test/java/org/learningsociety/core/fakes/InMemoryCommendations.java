package org.learningsociety.core.fakes;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.learningsociety.core.commendation.Commendation;
import org.learningsociety.core.commendation.CommendationFilter;
import org.learningsociety.core.commendation.CommendationId;
import org.learningsociety.core.commendation.CommendationStatus;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;

/** Commendations in memory, kept as rows so every read is a new aggregate. */
public final class InMemoryCommendations implements Commendations, Snapshotting {

    /** A stored commendation as plain values. */
    public record Row(CommendationId id, RegistrationId registration, String form, String proposedBy,
            Instant proposedAt, CommendationStatus status, DecisionId decision, String refusalReason) {

        static Row of(Commendation c) {
            return new Row(c.id(), c.registration(), c.form(), c.proposedBy(), c.proposedAt(), c.status(),
                    c.decision(), c.refusalReason());
        }

        Commendation toCommendation() {
            return new Commendation(id, registration, form, proposedBy, proposedAt, status, decision, refusalReason);
        }
    }

    private record State(Map<CommendationId, Row> rows, long nextId) { }

    private TreeMap<Long, Row> rows = new TreeMap<>();
    /** The registrations a listing joins with (its unit and year), as the database's statement does. */
    private final Registrations registrations;

    /** Without registrations to join: {@link #find} finds nothing. */
    public InMemoryCommendations() {
        this(null);
    }

    public InMemoryCommendations(Registrations registrations) {
        this.registrations = registrations;
    }
    private long nextId = 1;

    @Override
    public CommendationId nextIds(int count) {
        CommendationId first = new CommendationId(nextId);
        nextId += count;
        return first;
    }

    @Override
    public void addAll(Collection<Commendation> commendations) {
        TreeMap<Long, Row> all = new TreeMap<>(rows);
        for (Commendation commendation : commendations) {
            if (all.containsKey(commendation.id().value())) {
                throw new ConflictException("commendationId", commendation.id(), "Trùng mã đề nghị khen thưởng");
            }
            all.put(commendation.id().value(), Row.of(commendation));
        }
        rows = all;
    }

    @Override
    public Optional<Commendation> findById(CommendationId id) {
        return Optional.ofNullable(rows.get(id.value())).map(Row::toCommendation);
    }

    @Override
    public List<Commendation> findByIds(Collection<CommendationId> ids) {
        return ids.stream().distinct().map(id -> rows.get(id.value())).filter(Objects::nonNull)
                .map(Row::toCommendation).toList();
    }

    @Override
    public List<Commendation> findByRegistration(RegistrationId registration) {
        return rows.values().stream().filter(r -> r.registration().equals(registration))
                .map(Row::toCommendation).toList();
    }

    @Override
    public Page<Commendation> find(CommendationFilter filter, PageRequest page) {
        List<Commendation> all = rows.values().stream().map(Row::toCommendation).toList();
        Map<RegistrationId, Registration> made = registrations == null ? Map.of()
                : registrations.findByIds(all.stream().map(Commendation::registration).toList()).stream()
                        .collect(Collectors.toMap(Registration::id, r -> r));
        return Page.slice(all.stream().filter(c -> {
            Registration r = made.get(c.registration());
            return r != null && filter.units().contains(r.unit()) && (filter.year() == null || r.year() == filter.year())
                    && (filter.status() == null || c.status() == filter.status());
        }).toList(), page);
    }

    @Override
    public List<Commendation> findByDecision(DecisionId decision) {
        return rows.values().stream().filter(r -> decision.equals(r.decision())).map(Row::toCommendation).toList();
    }

    @Override
    public void updateAll(Collection<Commendation> commendations) {
        TreeMap<Long, Row> all = new TreeMap<>(rows);
        for (Commendation commendation : commendations) {
            if (!all.containsKey(commendation.id().value())) {
                throw new NotFoundException("commendationId", commendation.id(), "Không có đề nghị khen thưởng này");
            }
            all.put(commendation.id().value(), Row.of(commendation));
        }
        rows = all;
    }

    public List<Row> rows() {
        return List.copyOf(rows.values());
    }

    @Override
    public Object snapshot() {
        return new State(rows.values().stream().collect(Collectors.toUnmodifiableMap(Row::id, r -> r)), nextId);
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        rows = new TreeMap<>();
        state.rows().values().forEach(r -> rows.put(r.id().value(), r));
        nextId = state.nextId();
    }
}
