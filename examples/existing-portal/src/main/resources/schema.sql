-- The portal's own business table (its @Primary database), created on start by spring.sql.init
CREATE TABLE IF NOT EXISTS don_dang_ky (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    full_name           VARCHAR(200) NOT NULL,
    subject             VARCHAR(500) NOT NULL,
    status              VARCHAR(40)  NOT NULL,
    submitted_at        TIMESTAMP    NOT NULL,
    process_instance_id VARCHAR(64)
);
