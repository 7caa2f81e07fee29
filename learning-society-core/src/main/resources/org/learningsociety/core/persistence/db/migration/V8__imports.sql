-- Province-size imports run as jobs: their state, written at each step, so that any node can answer
-- where one stands. The refused rows (the first 1,000) are kept as text, one per line:
-- line, column, value and reason separated by tabs.
CREATE TABLE ls_import (
    id             BIGINT          NOT NULL PRIMARY KEY,
    model          VARCHAR(16)     NOT NULL,
    unit_code      VARCHAR(20),
    file_name      VARCHAR(255),
    status         VARCHAR(16)     NOT NULL,
    rows_checked   BIGINT          NOT NULL,
    rows_imported  BIGINT          NOT NULL,
    refused_count  BIGINT          NOT NULL,
    refused        VARCHAR(1000000),
    message        VARCHAR(4000),
    created_by     VARCHAR(200),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE
);

INSERT INTO ls_id_block (name, next_value) VALUES ('import', 1);
