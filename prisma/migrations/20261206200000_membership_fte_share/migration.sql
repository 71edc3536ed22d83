-- The share of a person's FTE spent in one team (e.g. 0.6 in the peutergroep, 0.2 in the BSO), which the
-- import fills. The people administration (migration 20261206180000_people_admin, developed in parallel)
-- adds the same column with the same constraint: whichever runs first creates them, the other is a no-op.
ALTER TABLE "TeamMembership" ADD COLUMN IF NOT EXISTS "fte" DOUBLE PRECISION;
DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_constraint
     WHERE conname = 'TeamMembership_fte_range' AND conrelid = '"TeamMembership"'::regclass
  ) THEN
    ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_fte_range" CHECK ("fte" IS NULL OR ("fte" > 0 AND "fte" <= 2));
  END IF;
END;
$$;
