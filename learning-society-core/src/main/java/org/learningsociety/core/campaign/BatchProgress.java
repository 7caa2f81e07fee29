package org.learningsociety.core.campaign;

import java.util.EnumMap;
import java.util.Map;
import org.learningsociety.core.registration.RegistrationStatus;

/** How many registrations of one batch (a village, or a commune) stand in each status. */
public record BatchProgress(String unitCode, String unitName, Map<RegistrationStatus, Long> counts) {

    public BatchProgress {
        EnumMap<RegistrationStatus, Long> copy = new EnumMap<>(RegistrationStatus.class);
        copy.putAll(counts);
        counts = Map.copyOf(copy);
    }

    public long count(RegistrationStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Registrations that have self-assessed, whatever happened to them afterwards. */
    public long selfAssessedOrLater() {
        return total() - count(RegistrationStatus.REGISTERED);
    }
}
