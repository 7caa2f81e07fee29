package org.learningsociety.core.shared;

/**
 * What a list sent in bulk did to one of its rows.
 *
 * @param row the row as the sender counts it (see {@link RowRefusal#row()})
 * @param externalId the portal's id of the subject the row is about
 * @param id the id of the record the row names: the subject's for a list of subjects, the
 *     registration's for registrations and assessments
 */
public record RowOutcome(int row, String externalId, long id, Change outcome) {

    /** Whether the row made a record, changed one, or found it as sent. */
    public enum Change {
        CREATED, UPDATED, UNCHANGED
    }
}
