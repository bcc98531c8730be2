-- New values of doctrine parameters recorded by a Caf manager; the shipped values stay in the code
-- (StandardParameters). Append-only.
CREATE TABLE doctrine_parameter_change (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    parameter VARCHAR(40) NOT NULL,
    valid_from DATE NOT NULL,
    parameter_value DECIMAL(14, 4) NOT NULL,
    source TEXT NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_parameter_change UNIQUE (parameter, valid_from)
) ENGINE = InnoDB;
