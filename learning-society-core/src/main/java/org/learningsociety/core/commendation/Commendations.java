package org.learningsociety.core.commendation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;

/** The repository of commendations. */
public interface Commendations {

    CommendationId nextIds(int count);

    void addAll(Collection<Commendation> commendations);

    Optional<Commendation> findById(CommendationId id);

    List<Commendation> findByIds(Collection<CommendationId> ids);

    /** Open or decided proposals for {@code registration}. */
    List<Commendation> findByRegistration(RegistrationId registration);

    /** A page of the commendations {@code filter} accepts, in the order they were proposed. */
    Page<Commendation> find(CommendationFilter filter, PageRequest page);

    /** The commendations a commendation decision approved. */
    List<Commendation> findByDecision(DecisionId decision);

    void updateAll(Collection<Commendation> commendations);
}
