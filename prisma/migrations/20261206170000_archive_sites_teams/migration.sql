-- Issue 12: sites and teams are archived, never deleted once used; history stays.
ALTER TABLE "Site" ADD COLUMN "archivedAt" TIMESTAMP(3);
ALTER TABLE "Team" ADD COLUMN "archivedAt" TIMESTAMP(3);
