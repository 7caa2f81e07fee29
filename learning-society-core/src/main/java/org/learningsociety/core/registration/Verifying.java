package org.learningsociety.core.registration;

import java.util.List;
import java.util.Objects;
import org.learningsociety.core.audit.AuditAction;

/** Verifying: the verifying body records the points it finds for a batch, all of them or none. */
public class Verifying {

    private final YearlyRecords records;

    public Verifying(YearlyRecords records) {
        this.records = Objects.requireNonNull(records);
    }

    public void verify(Verification verification) {
        verifyAll(List.of(verification));
    }

    public void verifyAll(List<Verification> verifications) {
        records.change(verifications, Verification::registration, AuditAction.VERIFIED,
                (registration, set, input, now) ->
                        registration.verify(set, input.scores(), input.verifier(), input.note(), now));
    }
}
