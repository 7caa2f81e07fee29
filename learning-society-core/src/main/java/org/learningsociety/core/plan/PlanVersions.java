package org.learningsociety.core.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The versions a plan has had, each with the YAML it was read from, where it came from, who stored it
 * and when ({@code ls_plan_version}). The plan in force is in {@link Plans}; this is its history, and
 * the text a province downloads to edit.
 */
public interface PlanVersions {

    /** Keeps nothing: for tools and tests that keep no history. */
    PlanVersions NONE = new PlanVersions() {
        @Override
        public long add(PlanVersion version) {
            return 0;
        }

        @Override
        public Optional<PlanVersion> find(String planId, int version) {
            return Optional.empty();
        }

        @Override
        public List<PlanVersion> of(String planId) {
            return List.of();
        }
    };

    /** Where a version came from. */
    enum Origin {
        /** A plan file on the classpath: shipped in the library's jar or the portal's, stored at start-up. */
        SHIPPED("Tệp kèm theo ứng dụng"),
        /** Sent through the API ({@code POST /plans}) by an administrator or a province's emulation board. */
        UPLOADED("Tải lên qua API");

        private final String vietnameseName;

        Origin(String vietnameseName) {
            this.vietnameseName = vietnameseName;
        }

        public String vietnameseName() {
            return vietnameseName;
        }
    }

    /**
     * One stored version of a plan.
     *
     * @param id the row's id ({@code 0} before it is stored): the audit trail's id of the change
     * @param yaml the text it was read from, UTF-8
     * @param sha256 the text's SHA-256, hexadecimal: an upload of the same text changes nothing
     * @param changedBy who stored it: the uploader's login name, or the file's resource name
     */
    record PlanVersion(long id, String planId, int version, Origin origin, String yaml, String sha256,
            String changedBy, Instant changedAt) {

        public PlanVersion {
            Objects.requireNonNull(planId, "planId");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(yaml, "yaml");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(changedBy, "changedBy");
            Objects.requireNonNull(changedAt, "changedAt");
        }
    }

    /** Stores a version; answers its id. A plan keeps one row per version number. */
    long add(PlanVersion version);

    Optional<PlanVersion> find(String planId, int version);

    /** The plan's versions, newest first. */
    List<PlanVersion> of(String planId);
}
