-- The share of a person's FTE spent in one team (optional; e.g. 0.6 in the peutergroep, 0.2 in the BSO).
ALTER TABLE "TeamMembership" ADD COLUMN "fteShare" DOUBLE PRECISION;
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_fteShare_range"
  CHECK ("fteShare" IS NULL OR ("fteShare" >= 0 AND "fteShare" <= 2));
