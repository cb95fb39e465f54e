-- B43: hours belong to the five-year cycle they were earned in (2021–2025, 2026–2030 …), and a
-- new cycle starts from zero. Before this release the roster carry-over into 2026—2027 (the first
-- year of 2026–2030) copied each person's 2021–2025 hours. Those copies are the records of 2026
-- whose hours still equal the same person's active 2025 record; they are reset to 0 (a record
-- given fresh hours of the new cycle differs and is left alone). Later carry-overs reset hours
-- themselves (apps/api staff/rollover.ts).
UPDATE "staff" AS n
SET "training_hours" = 0, "version" = n."version" + 1, "updated_at" = now()
FROM "staff" AS o
WHERE n."school_year" = 2026
  AND n."training_hours" > 0
  AND o."person_id" = n."person_id"
  AND o."school_year" = 2025
  AND o."status" = 'active'
  AND o."training_hours" = n."training_hours";
