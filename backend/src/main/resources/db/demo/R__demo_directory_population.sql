-- =============================================================================================
-- Demo census figures per street (street_population): the denominators of signing coverage.
--
-- DEMO ONLY, FOR DEV AND TESTS. Like every file in db/demo it is loaded only where the dev and
-- test profiles add db/demo to quarkus.flyway.locations; production never loads it and its
-- administrators enter the real figures (PUT /api/v1/streets/{id}/population).
-- The figures are plausible, not official: they add up to about 690,000 residents, near the
-- district's 2020 census total, but their split over the streets is invented, and so are the
-- key populations (重点人群), set at roughly 30% of each street.
--
-- Repeatable and idempotent: an upsert keyed by the street's code (see R__demo_directory.sql,
-- which creates the streets and sorts before this file). A row changes only when its figures
-- differ, so updated_at moves only for rows this file really changes. Note that a re-run after
-- an edit of this file overwrites figures entered through the API on a dev database.
-- =============================================================================================
INSERT INTO street_population (street_id, population, key_population, census_year, updated_at)
SELECT s.id, v.population, v.key_population, v.census_year, now()
FROM (VALUES
    ('HUAYANG',      63184, 19587, 2020),
    ('JIANGSU',      41766, 13783, 2020),
    ('XINHUA',       66532, 21290, 2020),
    ('ZHOUJIAQIAO',  79418, 23031, 2020),
    ('TIANSHAN',     87295, 27061, 2020),
    ('XIANXIA',      96107, 30754, 2020),
    ('HONGQIAO',     71583, 20043, 2020),
    ('CHENGJIAQIAO', 38941, 11682, 2020),
    ('BEIXINJING',   62710, 18813, 2020),
    ('XINJING',      82515, 22279, 2020)
) AS v (street, population, key_population, census_year)
JOIN street s ON s.code = v.street
ON CONFLICT (street_id) DO UPDATE SET
    population = EXCLUDED.population,
    key_population = EXCLUDED.key_population,
    census_year = EXCLUDED.census_year,
    updated_at = EXCLUDED.updated_at
WHERE (street_population.population, street_population.key_population, street_population.census_year)
      IS DISTINCT FROM (EXCLUDED.population, EXCLUDED.key_population, EXCLUDED.census_year);
