-- The Idempotency-Key a caller sent with a request (scoped to the caller, the method and the path), the
-- fingerprint of that request and, once answered, the answer, so that the request sent again is answered
-- again without running twice. The primary key makes claiming a key atomic across a cluster's nodes; keys
-- are forgotten a day after they were claimed (claimed_at indexed for that).
CREATE TABLE ls_idempotency_key (
    caller        VARCHAR(255)   NOT NULL,
    request       VARCHAR(1000)  NOT NULL,
    request_key   VARCHAR(255)   NOT NULL,
    fingerprint   VARCHAR(64)    NOT NULL,
    claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(255),
    location      VARCHAR(2000),
    body          BYTEA,
    CONSTRAINT ls_idempotency_key_pk PRIMARY KEY (caller, request, request_key)
);

CREATE INDEX ls_idempotency_key_claimed ON ls_idempotency_key (claimed_at);
