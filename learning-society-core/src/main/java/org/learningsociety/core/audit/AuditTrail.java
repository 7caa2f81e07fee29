package org.learningsociety.core.audit;

import java.util.Collection;
import java.util.List;

/**
 * The append-only record of changes (the port; the persistence keeps it in {@code ls_audit}).
 * Application services append in the transaction of the change, so a change and its record land
 * together or not at all.
 */
public interface AuditTrail {

    /** Keeps nothing: for tools and tests that do not audit. */
    AuditTrail NONE = new AuditTrail() {
        @Override
        public void appendAll(Collection<AuditRecord> records) {
        }

        @Override
        public List<AuditRecord> historyOf(Audited entity, long id) {
            return List.of();
        }

        @Override
        public int erasePersonalValues(Audited entity, Collection<Long> ids) {
            return 0;
        }
    };

    /** Appends records (one batch for a batch of changes). */
    void appendAll(Collection<AuditRecord> records);

    default void append(AuditRecord record) {
        appendAll(List.of(record));
    }

    /** The records about one entity, oldest first. */
    List<AuditRecord> historyOf(Audited entity, long id);

    /**
     * Blanks the personal values (before, after, reason) of the records about {@code ids}, keeping
     * what was done, by whom and when: the one change an append-only trail allows, for an erasure
     * requested under Decree 13/2023/NĐ-CP. Returns how many records it blanked.
     */
    int erasePersonalValues(Audited entity, Collection<Long> ids);
}
