-- Exemptions from a site's certificate requirements (docs/coverage-rules.md, rules 17 and 18): an
-- exemption targets a team requirement (teamId, requirementId) or a site requirement (siteId,
-- siteRequirementId), never both; the target's owner is kept on the row like teamId before.

-- AlterTable
ALTER TABLE "RequirementExemption" ADD COLUMN     "siteId" UUID,
ADD COLUMN     "siteRequirementId" UUID,
ALTER COLUMN "teamId" DROP NOT NULL,
ALTER COLUMN "requirementId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "RequirementExemption_organisationId_siteId_endsOn_idx" ON "RequirementExemption"("organisationId", "siteId", "endsOn");

-- CreateIndex
CREATE INDEX "RequirementExemption_organisationId_siteRequirementId_idx" ON "RequirementExemption"("organisationId", "siteRequirementId");

-- AddForeignKey
ALTER TABLE "RequirementExemption" ADD CONSTRAINT "RequirementExemption_organisationId_siteId_fkey" FOREIGN KEY ("organisationId", "siteId") REFERENCES "Site"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementExemption" ADD CONSTRAINT "RequirementExemption_organisationId_siteRequirementId_fkey" FOREIGN KEY ("organisationId", "siteRequirementId") REFERENCES "SiteRequirement"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Exactly one target, each with its owner: a team requirement with its team, or a site requirement
-- with its site.
ALTER TABLE "RequirementExemption" ADD CONSTRAINT "RequirementExemption_one_target" CHECK (
  ("teamId" IS NOT NULL AND "requirementId" IS NOT NULL AND "siteId" IS NULL AND "siteRequirementId" IS NULL)
  OR ("teamId" IS NULL AND "requirementId" IS NULL AND "siteId" IS NOT NULL AND "siteRequirementId" IS NOT NULL)
);

-- The change log (20261206220000_coverage_change_log) per target: a team exemption stays a change of
-- its team (scope 'team'; that team's snapshot entry and cached last month are recomputed); a site
-- exemption is a change of scope 'site' like a site requirement's write, so a cached snapshot reloads
-- the sites with their requirements and exemptions (the trend measures no site requirement, so no
-- team's last month changes). One version step per statement, as coverage_change_log.
CREATE FUNCTION "requirement_exemption_change_log"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched text;
BEGIN
  touched := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT "organisationId", "teamId", "siteRequirementId" FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT "organisationId", "teamId", "siteRequirementId" FROM old_rows'
    ELSE 'SELECT "organisationId", "teamId", "siteRequirementId" FROM new_rows '
         'UNION SELECT "organisationId", "teamId", "siteRequirementId" FROM old_rows'
  END;
  EXECUTE format($sql$
    WITH touched AS (
      SELECT DISTINCT rows."organisationId",
             CASE WHEN rows."siteRequirementId" IS NULL THEN 'team' ELSE 'site' END AS scope,
             CASE WHEN rows."siteRequirementId" IS NULL THEN rows."teamId" END AS t
        FROM (%s) AS rows
    ),
    bumped AS (
      UPDATE "Organisation" AS o SET "dataVersion" = o."dataVersion" + 1
       WHERE o.id IN (SELECT "organisationId" FROM touched)
      RETURNING o.id, o."dataVersion"
    )
    INSERT INTO "CoverageChange" (id, "organisationId", version, scope, "employeeId", "teamId")
    SELECT gen_random_uuid(), touched."organisationId", bumped."dataVersion", touched.scope, NULL, touched.t
      FROM touched JOIN bumped ON bumped.id = touched."organisationId"
  $sql$, touched);
  RETURN NULL;
END;
$$;

DROP TRIGGER "coverage_change_insert" ON "RequirementExemption";
DROP TRIGGER "coverage_change_update" ON "RequirementExemption";
DROP TRIGGER "coverage_change_delete" ON "RequirementExemption";
CREATE TRIGGER "coverage_change_insert" AFTER INSERT ON "RequirementExemption" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "requirement_exemption_change_log"();
CREATE TRIGGER "coverage_change_update" AFTER UPDATE ON "RequirementExemption" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "requirement_exemption_change_log"();
CREATE TRIGGER "coverage_change_delete" AFTER DELETE ON "RequirementExemption" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "requirement_exemption_change_log"();

-- Row-level security stays as 20261207090000_reassessment_exemptions enabled it (no new table).
