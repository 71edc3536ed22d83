-- Issue 14, items 4 and 5: the reassessment cycle (docs/coverage-rules.md, rule 16) and exemptions
-- from requirements (rule 17).

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "reassessmentMonths" INTEGER;
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_reassessmentMonths_range"
  CHECK ("reassessmentMonths" IS NULL OR "reassessmentMonths" BETWEEN 1 AND 120);

-- CreateTable
CREATE TABLE "RequirementExemption" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "requirementId" UUID NOT NULL,
    "employeeId" UUID,
    "reason" TEXT NOT NULL,
    "approvedByUserId" UUID,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RequirementExemption_pkey" PRIMARY KEY ("organisationId", "id"),
    CONSTRAINT "RequirementExemption_period" CHECK ("endsOn" >= "startsOn")
);

-- CreateIndex

-- CreateIndex
CREATE INDEX "RequirementExemption_organisationId_teamId_endsOn_idx" ON "RequirementExemption"("organisationId", "teamId", "endsOn");

-- CreateIndex
CREATE INDEX "RequirementExemption_organisationId_requirementId_idx" ON "RequirementExemption"("organisationId", "requirementId");

-- AddForeignKey
ALTER TABLE "RequirementExemption" ADD CONSTRAINT "RequirementExemption_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementExemption" ADD CONSTRAINT "RequirementExemption_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementExemption" ADD CONSTRAINT "RequirementExemption_organisationId_requirementId_fkey" FOREIGN KEY ("organisationId", "requirementId") REFERENCES "TeamRequirement"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementExemption" ADD CONSTRAINT "RequirementExemption_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementExemption" ADD CONSTRAINT "RequirementExemption_approvedByUserId_fkey" FOREIGN KEY ("approvedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Tenant data like every other table: the row-level-security policy of 20261206130000_row_level_security.
ALTER TABLE "RequirementExemption" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "RequirementExemption"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());

-- Exemptions change coverage (rule 17): their writes enter the change log of
-- 20261206220000_coverage_change_log as a change of the team, so a cached snapshot reloads that team.
CREATE TRIGGER "coverage_change_insert" AFTER INSERT ON "RequirementExemption" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "coverage_change_log"('team', '', 'teamId');
CREATE TRIGGER "coverage_change_update" AFTER UPDATE ON "RequirementExemption" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "coverage_change_log"('team', '', 'teamId');
CREATE TRIGGER "coverage_change_delete" AFTER DELETE ON "RequirementExemption" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "coverage_change_log"('team', '', 'teamId');
