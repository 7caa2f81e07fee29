package org.learningsociety.core.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.retry.IdempotencyKeys;
import org.learningsociety.core.shared.Transactions;

/**
 * {@code ls_idempotency_key}: a key is claimed by inserting its row, each write in a transaction of
 * its own, so that a claim is visible to the other nodes before the request runs; the primary key
 * refuses the second claim.
 */
final class MyBatisIdempotencyKeys implements IdempotencyKeys {

    private final IdempotencyKeyMapper mapper;
    private final Transactions transactions;

    MyBatisIdempotencyKeys(SqlSession session, Transactions transactions) {
        this.mapper = Objects.requireNonNull(session).getMapper(IdempotencyKeyMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public boolean claim(IdempotencyKey key, String fingerprint, Instant at) {
        try {
            transactions.run(() -> mapper.claim(key.caller(), key.request(), key.key(), fingerprint,
                    OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
            return true;
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<KeptRequest> find(IdempotencyKey key) {
        IdempotencyKeyMapper.KeyRow row = transactions.inTransaction(() ->
                mapper.find(key.caller(), key.request(), key.key()));
        if (row == null) {
            return Optional.empty();
        }
        KeptAnswer answer = row.status == null ? null
                : new KeptAnswer(row.status, row.contentType, row.location, row.body == null ? new byte[0] : row.body);
        return Optional.of(new KeptRequest(row.fingerprint, row.claimedAt.toInstant(), answer));
    }

    @Override
    public void answer(IdempotencyKey key, KeptAnswer answer) {
        transactions.run(() -> mapper.answer(key.caller(), key.request(), key.key(), answer.status(),
                answer.contentType(), answer.location(), answer.body()));
    }

    @Override
    public void release(IdempotencyKey key) {
        transactions.run(() -> mapper.release(key.caller(), key.request(), key.key()));
    }

    @Override
    public int forgetBefore(Instant before) {
        return transactions.inTransaction(() -> mapper.forgetBefore(OffsetDateTime.ofInstant(before, ZoneOffset.UTC)));
    }
}
