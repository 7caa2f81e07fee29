package org.learningsociety.core.audit;

import java.time.Instant;
import java.util.Objects;
import org.learningsociety.core.shared.Actor;

/**
 * One change as the audit trail keeps it: of which record, what was done, by whom, when, the state
 * before and after as compact readable text (e.g. {@code SELF_ASSESSED tự đánh giá[1.1=10;1.2=8]}),
 * and the reason where one was given.
 *
 * @param before {@code null} for a creation
 * @param reason {@code null} where the change needs none
 */
public record AuditRecord(Audited entity, long entityId, AuditAction action, String actor, Instant at,
        String before, String after, String reason) {

    /** The longest text kept for {@code before}, {@code after} and {@code reason}. */
    public static final int MAX_TEXT = 4000;

    /** What an erasure of personal data leaves in place of a value. */
    public static final String ERASED = "[đã xoá theo yêu cầu]";

    public AuditRecord {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        before = clip(before);
        after = clip(after);
        reason = clip(reason);
    }

    /** A record of {@code actor}'s change. */
    public static AuditRecord of(Audited entity, long entityId, AuditAction action, Actor actor, Instant at,
            String before, String after, String reason) {
        return new AuditRecord(entity, entityId, action, actor.name(), at, before, after, reason);
    }

    /** This record with its personal values (before, after, reason) blanked; action, actor and time kept. */
    public AuditRecord erased() {
        return new AuditRecord(entity, entityId, action, actor, at, before == null ? null : ERASED,
                after == null ? null : ERASED, reason == null ? null : ERASED);
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
