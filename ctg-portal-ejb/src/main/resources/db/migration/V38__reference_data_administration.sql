-- Issue 15: reference data administered in the portal.
-- A territory remembers the intercommunality (SIREN) it was created from, and carries the doctrine's
-- exception allowing posts employed by a commune (Nîmes Métropole), instead of a name in code.
ALTER TABLE territory
    ADD COLUMN siren CHAR(9) NULL,
    ADD COLUMN communal_posts_allowed BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT uk_territory_siren UNIQUE (siren);

UPDATE territory SET communal_posts_allowed = TRUE WHERE name = 'CA de Nîmes Métropole';

-- An authority with posts is never deleted, only closed: who closed it and when.
ALTER TABLE authority
    ADD COLUMN closed_by VARCHAR(100) NULL,
    ADD COLUMN closed_at TIMESTAMP(3) NULL;
