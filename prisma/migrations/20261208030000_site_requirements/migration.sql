-- Certificate requirements of a whole site (docs/coverage-rules.md, rule 18): "≥ N holders of
-- kinder-EHBO at Locatie Zonnebloem", counted over everyone working at the site.
CREATE TABLE "SiteRequirement" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "certificateTypeId" UUID NOT NULL,
    "count" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SiteRequirement_pkey" PRIMARY KEY ("organisationId","id")
);

-- CreateIndex
CREATE INDEX "SiteRequirement_organisationId_siteId_idx" ON "SiteRequirement"("organisationId", "siteId");

-- CreateIndex
CREATE INDEX "SiteRequirement_organisationId_certificateTypeId_idx" ON "SiteRequirement"("organisationId", "certificateTypeId");

-- AddForeignKey
ALTER TABLE "SiteRequirement" ADD CONSTRAINT "SiteRequirement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteRequirement" ADD CONSTRAINT "SiteRequirement_organisationId_siteId_fkey" FOREIGN KEY ("organisationId", "siteId") REFERENCES "Site"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteRequirement" ADD CONSTRAINT "SiteRequirement_organisationId_certificateTypeId_fkey" FOREIGN KEY ("organisationId", "certificateTypeId") REFERENCES "CertificateType"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The same count limits as a team requirement line (ZRequirementCount).
ALTER TABLE "SiteRequirement" ADD CONSTRAINT "SiteRequirement_count_check" CHECK ("count" >= 0 AND "count" <= 50);

-- Tenant data like every other table (20261206130000_row_level_security).
ALTER TABLE "SiteRequirement" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "SiteRequirement"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());

-- A coverage input: its writes enter the change log (20261206220000_coverage_change_log) with
-- scope 'site', so a cached snapshot reloads the sites and their requirements.
CREATE TRIGGER "coverage_change_insert" AFTER INSERT ON "SiteRequirement" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "coverage_change_log"('site', '', '');
CREATE TRIGGER "coverage_change_update" AFTER UPDATE ON "SiteRequirement" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "coverage_change_log"('site', '', '');
CREATE TRIGGER "coverage_change_delete" AFTER DELETE ON "SiteRequirement" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "coverage_change_log"('site', '', '');
