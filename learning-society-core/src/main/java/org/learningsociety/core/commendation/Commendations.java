package org.learningsociety.core.commendation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.learningsociety.core.registration.RegistrationId;

/** The repository of commendations. */
public interface Commendations {

    CommendationId nextIds(int count);

    void addAll(Collection<Commendation> commendations);

    Optional<Commendation> findById(CommendationId id);

    List<Commendation> findByIds(Collection<CommendationId> ids);

    /** Open or decided proposals for {@code registration}. */
    List<Commendation> findByRegistration(RegistrationId registration);

    void updateAll(Collection<Commendation> commendations);
}
