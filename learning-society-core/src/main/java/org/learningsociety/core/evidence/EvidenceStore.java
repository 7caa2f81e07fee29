package org.learningsociety.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Optional;
import org.learningsociety.core.registration.RegistrationId;

/**
 * Keeps the bytes of evidence files, grouped by the registration (a subject's year) they were
 * uploaded for (the port; the starter keeps them on the file system, a portal may keep them
 * elsewhere). Only {@link EvidenceUploads} hands it files, after they passed its checks.
 */
public interface EvidenceStore {

    /** Keeps nothing and deletes nothing: where no file is ever uploaded. */
    EvidenceStore NONE = new EvidenceStore() {
        @Override
        public String store(RegistrationId registration, String name, InputStream content) {
            throw new UnsupportedOperationException("no evidence store is configured");
        }

        @Override
        public Optional<InputStream> open(String reference) {
            return Optional.empty();
        }

        @Override
        public int deleteAllOf(Collection<RegistrationId> registrations) {
            return 0;
        }
    };

    /**
     * Stores {@code content} under {@code name} (a safe name the caller made: letters, digits, one
     * dot) for {@code registration} and returns the evidence reference that names it. Nothing is
     * left behind when reading {@code content} fails.
     */
    String store(RegistrationId registration, String name, InputStream content) throws IOException;

    /** The content of a stored file, if {@code reference} names one this store holds. */
    Optional<InputStream> open(String reference) throws IOException;

    /** Deletes every file stored for {@code registrations}; returns how many went. */
    int deleteAllOf(Collection<RegistrationId> registrations);
}
