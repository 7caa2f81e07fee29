package org.learningsociety.core.privacy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.subject.SubjectId;

/**
 * The writes personal-data requests need beside the ordinary repositories (the port; the
 * persistence implements it on {@code ls_subject}, {@code ls_registration} and {@code ls_evidence}).
 */
public interface PersonalDataRecords {

    /** Every registration of {@code subject}, any year, oldest year first. */
    List<RegistrationId> registrationsOf(SubjectId subject);

    /** Replaces the subject's name and external id; its unit, kind and every count stay. */
    void pseudonymise(SubjectId subject, String name, String externalId);

    /** Deletes the evidence rows of {@code registrations}; returns how many rows went. */
    int deleteEvidenceOf(Collection<RegistrationId> registrations);

    /** The registrations made before {@code cutoff} that still hold evidence. */
    List<RegistrationId> holdingEvidenceRegisteredBefore(Instant cutoff);
}
