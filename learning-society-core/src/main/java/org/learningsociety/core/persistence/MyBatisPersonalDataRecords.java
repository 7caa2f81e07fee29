package org.learningsociety.core.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.privacy.PersonalDataRecords;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.SubjectId;

/** Personal-data requests on {@code ls_subject}, {@code ls_registration} and {@code ls_evidence}. */
final class MyBatisPersonalDataRecords implements PersonalDataRecords {

    private final SqlSession session;
    private final PersonalDataMapper mapper;
    private final Transactions transactions;

    MyBatisPersonalDataRecords(SqlSession session, Transactions transactions) {
        this.session = Objects.requireNonNull(session);
        this.mapper = session.getMapper(PersonalDataMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public List<RegistrationId> registrationsOf(SubjectId subject) {
        return mapper.registrationsOf(subject.value()).stream().map(RegistrationId::new).toList();
    }

    @Override
    public void pseudonymise(SubjectId subject, String name, String externalId) {
        transactions.run(() -> {
            if (mapper.pseudonymise(subject.value(), name, externalId) == 0) {
                throw new NotFoundException("subjectId", subject, "Không có đối tượng này");
            }
            session.clearCache();
        });
    }

    @Override
    public int deleteEvidenceOf(Collection<RegistrationId> registrations) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(
                registrations.stream().map(RegistrationId::value).toList()));
        if (distinct.isEmpty()) {
            return 0;
        }
        return transactions.inTransaction(() -> {
            int deleted = 0;
            for (List<Long> chunk : Chunks.of(distinct)) {
                deleted += mapper.deleteEvidence(chunk);
            }
            session.clearCache();
            return deleted;
        });
    }

    @Override
    public List<RegistrationId> holdingEvidenceRegisteredBefore(Instant cutoff) {
        return mapper.holdingEvidenceRegisteredBefore(cutoff.atOffset(ZoneOffset.UTC)).stream()
                .map(RegistrationId::new).toList();
    }
}
