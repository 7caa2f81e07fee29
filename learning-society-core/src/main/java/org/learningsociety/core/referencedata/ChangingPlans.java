package org.learningsociety.core.referencedata;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanChanges;
import org.learningsociety.core.plan.PlanScope;
import org.learningsociety.core.plan.PlanVersions;
import org.learningsociety.core.plan.PlanVersions.Origin;
import org.learningsociety.core.plan.PlanVersions.PlanVersion;
import org.learningsociety.core.plan.Plans;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.Transactions;

/**
 * A province changes a plan without rebuilding its portal: it sends the plan's YAML, checked exactly as
 * the files loaded at start-up are ({@link PlanFile}), and the plan is stored as its next version —
 * the version the text states must be the stored one plus one — with the text, who sent it and when
 * ({@link PlanVersions}) and a record in the audit trail of what changed. Sending the stored version's
 * very text again changes nothing. A plan not stored yet is added at the version its text states.
 *
 * <p>Whoever reads the plans reads the new version from the next call on: no directory keeps them.
 */
public class ChangingPlans {

    /** The longest text taken: the shipped plans are under 25 KB. */
    public static final int MAX_BYTES = 512 * 1024;

    private final Plans plans;
    private final PlanVersions versions;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final CurrentActor actor;
    private final Clock clock;

    public ChangingPlans(Plans plans, PlanVersions versions, AuditTrail audit, Transactions transactions,
            CurrentActor actor, Clock clock) {
        this.plans = Objects.requireNonNull(plans);
        this.versions = Objects.requireNonNull(versions);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.actor = Objects.requireNonNull(actor);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Who may change a plan of a scope: refuses (with the caller's own exception) whoever may not. */
    @FunctionalInterface
    public interface Permission {
        void require(PlanScope scope);
    }

    /**
     * What an upload did.
     *
     * @param changed whether a version was stored; {@code false} when the text was the stored version's
     * @param added whether the plan was not stored before
     */
    public record Outcome(PlanVersion version, boolean changed, boolean added) { }

    /**
     * Stores the plan in {@code yaml} as its next version.
     *
     * @param fileName the uploaded file's name; when it ends with {@code .yaml} the plan's id must be
     *     that name, as for a file on the classpath; {@code null} for a body sent as it is
     * @param permission asked for the scope of the stored plan and of the sent one, before anything is stored
     */
    public Outcome upload(byte[] yaml, String fileName, Permission permission) {
        Objects.requireNonNull(permission, "permission");
        String text = text(yaml);
        boolean named = fileName != null && fileName.matches(".*\\.ya?ml");
        String source = named ? fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                : "kế hoạch tải lên";
        Plan plan = PlanFile.read(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), named);
        String sha256 = sha256(text);
        Actor by = actor.get();
        return transactions.inTransaction(() -> {
            plans.lockReferenceData();
            Optional<Plan> stored = plans.findById(plan.id());
            stored.ifPresent(s -> permission.require(s.scope()));
            permission.require(plan.scope());
            if (plan.parent() != null && (plan.parent().equals(plan.id()) || plans.findById(plan.parent()).isEmpty())) {
                throw new InvalidInputException("parent", plan.parent(), "Kế hoạch cấp trên \"" + plan.parent()
                        + "\" không có trong các kế hoạch đã lưu");
            }
            if (stored.isPresent()) {
                Plan current = stored.get();
                Optional<PlanVersion> currentVersion = versions.find(plan.id(), current.version());
                if (plan.version() == current.version()) {
                    boolean same = currentVersion.map(v -> v.sha256().equals(sha256)).orElse(current.equals(plan));
                    if (same) {
                        return new Outcome(currentVersion.orElseGet(() -> new PlanVersion(0, plan.id(),
                                plan.version(), Origin.SHIPPED, text, sha256, Actor.SYSTEM.name(), clock.instant())),
                                false, false);
                    }
                }
                if (plan.version() != current.version() + 1) {
                    throw new ConflictException(ConflictException.Kind.CONCURRENT_CHANGE, "version", plan.version(),
                            "Kế hoạch " + plan.id() + " đang áp dụng phiên bản " + current.version()
                                    + "; bản sửa phải ghi phiên bản " + (current.version() + 1)
                                    + " (tải bản hiện hành về, sửa rồi tăng số phiên bản)");
                }
            }
            Instant now = clock.instant();
            plans.save(plan);
            PlanVersion version = new PlanVersion(0, plan.id(), plan.version(), Origin.UPLOADED, text, sha256,
                    by.name(), now);
            long id = versions.add(version);
            PlanChanges changes = PlanChanges.between(stored.orElse(null), plan);
            audit.append(AuditRecord.of(Audited.PLAN_VERSION, id, stored.isPresent() ? AuditAction.PLAN_CHANGED
                    : AuditAction.PLAN_ADDED, by, now, changes.before(), changes.after(), null));
            return new Outcome(new PlanVersion(id, plan.id(), plan.version(), Origin.UPLOADED, text, sha256,
                    by.name(), now), true, stored.isEmpty());
        });
    }

    /** The text of an upload: UTF-8 (a byte order mark dropped), not empty, not over {@link #MAX_BYTES}. */
    static String text(byte[] yaml) {
        if (yaml == null || yaml.length == 0) {
            throw new InvalidInputException("yaml", null, "Cần nội dung YAML của kế hoạch");
        }
        if (yaml.length > MAX_BYTES) {
            throw new InvalidInputException("yaml", yaml.length + " byte", "Kế hoạch dài quá "
                    + MAX_BYTES / 1024 + " KB");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(yaml)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("yaml", null, "Nội dung kế hoạch phải mã hoá UTF-8");
        }
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes, hexadecimal. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
