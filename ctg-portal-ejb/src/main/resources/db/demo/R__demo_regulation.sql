-- Demo data of the regulation indicators (issue 16), after R__demo_data: each territory's first dated
-- version of its structures (the demo counts, invented), invented competences and specifics. Idempotent.
INSERT INTO territory_reference (territory_id, valid_from, family_service_structures, specifics, recorded_by, recorded_at)
SELECT t.id, '2024-11-15', t.family_service_structures,
       CONCAT('Données de démonstration (inventées) : ', t.name, '.'), 'demo', '2024-11-15 00:00:00'
FROM territory t
WHERE NOT EXISTS (SELECT 1 FROM territory_reference r WHERE r.territory_id = t.id);

-- Invented competences: petite enfance and enfance transferred everywhere, jeunesse transferred in
-- agglomerations, the others in progress or not transferred.
INSERT IGNORE INTO territory_competence (reference_id, competence, status)
SELECT r.id, c.competence,
       CASE
           WHEN c.competence IN ('EARLY_CHILDHOOD', 'CHILDHOOD') THEN 'TRANSFERRED'
           WHEN c.competence = 'YOUTH' AND t.population > 50000 THEN 'TRANSFERRED'
           WHEN c.competence = 'YOUTH' THEN 'IN_PROGRESS'
           WHEN c.competence = 'SOCIAL_LIFE' AND MOD(t.id, 2) = 0 THEN 'IN_PROGRESS'
           ELSE 'NOT_TRANSFERRED'
       END
FROM territory_reference r
JOIN territory t ON t.id = r.territory_id
JOIN (SELECT 'EARLY_CHILDHOOD' AS competence UNION ALL SELECT 'CHILDHOOD' UNION ALL SELECT 'YOUTH'
      UNION ALL SELECT 'SOCIAL_LIFE' UNION ALL SELECT 'PARENTING' UNION ALL SELECT 'ACCESS_TO_RIGHTS') c
WHERE r.recorded_by IN ('demo', 'migration');
