package org.learningsociety.core.persistence;

import java.time.OffsetDateTime;
import org.apache.ibatis.annotations.Param;

/** Statements of {@code IdempotencyKeyMapper.xml}, for {@link MyBatisIdempotencyKeys}. */
interface IdempotencyKeyMapper {

    int claim(@Param("caller") String caller, @Param("request") String request, @Param("key") String key,
            @Param("fingerprint") String fingerprint, @Param("at") OffsetDateTime at);

    KeyRow find(@Param("caller") String caller, @Param("request") String request, @Param("key") String key);

    int answer(@Param("caller") String caller, @Param("request") String request, @Param("key") String key,
            @Param("status") int status, @Param("contentType") String contentType, @Param("location") String location,
            @Param("body") byte[] body);

    int release(@Param("caller") String caller, @Param("request") String request, @Param("key") String key);

    int forgetBefore(@Param("before") OffsetDateTime before);

    /** A row of {@code ls_idempotency_key}. */
    final class KeyRow {
        String fingerprint;
        OffsetDateTime claimedAt;
        Integer status;
        String contentType;
        String location;
        byte[] body;
    }
}
