-- Issue 16: the reference figures of the regulation indicators, dated and kept by the Caf.
-- The department's reference population (INSEE legal population), recorded by a Caf manager.
CREATE TABLE department_population (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    valid_from DATE NOT NULL,
    population INT NOT NULL,
    source TEXT NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP(3) NOT NULL
) ENGINE = InnoDB;

-- The doctrine's figure (15/11/2024): 756,543 inhabitants in the Gard.
INSERT INTO department_population (valid_from, population, source, recorded_by, recorded_at)
VALUES ('2024-11-15', 756543,
        'Doctrine de la Caf du Gard du 15/11/2024, « Les indicateurs de régulation » : 756 543 habitants dans le Gard (population légale INSEE)',
        'doctrine', '2024-11-15 00:00:00');

-- A territory's structures, competences and specifics, one dated version per record (never updated).
CREATE TABLE territory_reference (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    territory_id BIGINT NOT NULL,
    valid_from DATE NOT NULL,
    family_service_structures INT NOT NULL,
    specifics TEXT NULL,
    reason VARCHAR(500) NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_territory_reference_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
    INDEX ix_territory_reference (territory_id, valid_from)
) ENGINE = InnoDB;

CREATE TABLE territory_competence (
    reference_id BIGINT NOT NULL,
    competence VARCHAR(40) NOT NULL,
    status VARCHAR(20) NOT NULL,
    PRIMARY KEY (reference_id, competence),
    CONSTRAINT fk_territory_competence_reference FOREIGN KEY (reference_id) REFERENCES territory_reference (id)
) ENGINE = InnoDB;

-- The structures already counted on each territory become its first dated version.
INSERT INTO territory_reference (territory_id, valid_from, family_service_structures, recorded_by, recorded_at)
SELECT id, '2024-11-15', family_service_structures, 'migration', CURRENT_TIMESTAMP(3) FROM territory;
