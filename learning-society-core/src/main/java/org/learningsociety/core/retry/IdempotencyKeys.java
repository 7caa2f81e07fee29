package org.learningsociety.core.retry;

import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency keys callers sent with their requests, each with the request's fingerprint and,
 * once answered, the answer. {@link #claim} is atomic across the nodes of a cluster: of two requests
 * with the same key, one claims it and the other finds it claimed.
 */
public interface IdempotencyKeys {

    /**
     * Claims {@code key} for a request with {@code fingerprint}, if nobody has: true if this call
     * claimed it, false if it was claimed already (then {@link #find} tells by whom and how).
     */
    boolean claim(IdempotencyKey key, String fingerprint, Instant at);

    Optional<KeptRequest> find(IdempotencyKey key);

    /** Keeps the answer to the request that claimed {@code key}. */
    void answer(IdempotencyKey key, KeptAnswer answer);

    /** Gives {@code key} up without an answer, so that the request may be sent again with it. */
    void release(IdempotencyKey key);

    /** Forgets keys claimed before {@code before}; returns how many. */
    int forgetBefore(Instant before);

    /**
     * A key as a caller sent it, scoped to the caller and the request it came with.
     *
     * @param caller  the account's name ({@code ""} when anonymous)
     * @param request the method and path, {@code POST /api/learning-society/v1/subjects}
     * @param key     the header's value, at most 255 characters
     */
    record IdempotencyKey(String caller, String request, String key) {

        public IdempotencyKey {
            java.util.Objects.requireNonNull(caller, "caller");
            java.util.Objects.requireNonNull(request, "request");
            java.util.Objects.requireNonNull(key, "key");
        }
    }

    /** A claimed key: the fingerprint of its request and the answer, {@code null} while not answered yet. */
    record KeptRequest(String fingerprint, Instant claimedAt, KeptAnswer answer) { }

    /** An answer as kept: the status, the headers that matter, the body. */
    record KeptAnswer(int status, String contentType, String location, byte[] body) { }
}
