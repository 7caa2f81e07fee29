-- The portal's audit store (its second DataSource)
CREATE TABLE IF NOT EXISTS audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(200) NOT NULL,
    subject     VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP    NOT NULL
);
