package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.learningsociety.core.retry.IdempotencyKeys;
import org.learningsociety.core.retry.IdempotencyKeys.IdempotencyKey;
import org.learningsociety.core.retry.IdempotencyKeys.KeptAnswer;

class IdempotencyKeyPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final IdempotencyKey KEY = new IdempotencyKey("hk.thanhdong",
            "POST /api/learning-society/v1/subjects", "3f1c-retry");

    @OnBothDatabases
    void aKeyIsClaimedOnceAndKeepsItsAnswer(Database database) {
        try (Store store = database.freshStore()) {
            IdempotencyKeys keys = store.persistence().idempotencyKeys();

            assertThat(keys.claim(KEY, "abc", NOW)).isTrue();
            assertThat(keys.claim(KEY, "abc", NOW)).as("claimed already").isFalse();
            assertThat(keys.find(KEY)).hasValueSatisfying(kept -> {
                assertThat(kept.fingerprint()).isEqualTo("abc");
                assertThat(kept.answer()).as("not answered yet").isNull();
            });

            byte[] body = "{\"name\":\"Hộ ông Lê Văn Tám\"}".getBytes(StandardCharsets.UTF_8);
            keys.answer(KEY, new KeptAnswer(201, "application/json", "/api/learning-society/v1/subjects/7", body));

            KeptAnswer kept = keys.find(KEY).orElseThrow().answer();
            assertThat(kept.status()).isEqualTo(201);
            assertThat(kept.location()).isEqualTo("/api/learning-society/v1/subjects/7");
            assertThat(new String(kept.body(), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"Hộ ông Lê Văn Tám\"}");
        }
    }

    @OnBothDatabases
    void theSameKeyOfAnotherCallerOrAddressIsAnotherKey(Database database) {
        try (Store store = database.freshStore()) {
            IdempotencyKeys keys = store.persistence().idempotencyKeys();
            keys.claim(KEY, "abc", NOW);

            assertThat(keys.claim(new IdempotencyKey("hk.haiduong", KEY.request(), KEY.key()), "abc", NOW)).isTrue();
            assertThat(keys.claim(new IdempotencyKey(KEY.caller(), "POST /api/learning-society/v1/units", KEY.key()),
                    "abc", NOW)).isTrue();
        }
    }

    @OnBothDatabases
    void aReleasedKeyMayBeClaimedAgainAndOldKeysAreForgotten(Database database) {
        try (Store store = database.freshStore()) {
            IdempotencyKeys keys = store.persistence().idempotencyKeys();
            keys.claim(KEY, "abc", NOW);
            keys.release(KEY);
            assertThat(keys.find(KEY)).isEmpty();
            assertThat(keys.claim(KEY, "abc", NOW)).isTrue();

            assertThat(keys.forgetBefore(NOW)).isZero();
            assertThat(keys.forgetBefore(NOW.plusSeconds(1))).isEqualTo(1);
            assertThat(keys.find(KEY)).isEmpty();
        }
    }
}
