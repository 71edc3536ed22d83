-- History of the site certificate requirements (docs/coverage-rules.md, rules 6 and 18), kept as
-- TeamRequirementVersion keeps a team's (20261206134000_requirement_history): the trend measures each
-- month with the site requirements valid then. A version is valid in [validFrom, validTo). It is kept
-- after its requirement is deleted (no foreign key to SiteRequirement); it goes with its site.
CREATE TABLE "SiteRequirementVersion" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "siteRequirementId" UUID NOT NULL,
    "certificateTypeId" UUID NOT NULL,
    "count" INTEGER NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3),

    CONSTRAINT "SiteRequirementVersion_pkey" PRIMARY KEY ("organisationId","id")
);

-- CreateIndex
CREATE INDEX "SiteRequirementVersion_organisationId_siteId_validFrom_idx" ON "SiteRequirementVersion"("organisationId", "siteId", "validFrom");

-- CreateIndex
CREATE INDEX "SiteRequirementVersion_organisationId_siteRequirementId_idx" ON "SiteRequirementVersion"("organisationId", "siteRequirementId");

-- AddForeignKey
ALTER TABLE "SiteRequirementVersion" ADD CONSTRAINT "SiteRequirementVersion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteRequirementVersion" ADD CONSTRAINT "SiteRequirementVersion_organisationId_siteId_fkey" FOREIGN KEY ("organisationId", "siteId") REFERENCES "Site"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant data like every other table (20261206130000_row_level_security).
ALTER TABLE "SiteRequirementVersion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "SiteRequirementVersion"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());

-- Written by the database, so every path (API, import, seed) keeps it: an insert opens a version from
-- the row's createdAt, a change to what is required (site, certificate type, count; not the note)
-- closes the open version and opens the next, a delete closes it.
CREATE FUNCTION "site_requirement_history"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD."siteId", OLD."certificateTypeId", OLD.count)
         IS NOT DISTINCT FROM (NEW."siteId", NEW."certificateTypeId", NEW.count) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "SiteRequirementVersion" SET "validTo" = now()
     WHERE "organisationId" = OLD."organisationId" AND "siteRequirementId" = OLD.id AND "validTo" IS NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SiteRequirementVersion"
      (id, "organisationId", "siteId", "siteRequirementId", "certificateTypeId", count, "validFrom")
    VALUES
      (gen_random_uuid(), NEW."organisationId", NEW."siteId", NEW.id, NEW."certificateTypeId", NEW.count,
       CASE WHEN TG_OP = 'INSERT' THEN LEAST(NEW."createdAt", now()) ELSE now() END);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "site_requirement_history"
  AFTER INSERT OR UPDATE OR DELETE ON "SiteRequirement"
  FOR EACH ROW EXECUTE FUNCTION "site_requirement_history"();

-- The site requirements that exist today have been valid since they were created.
INSERT INTO "SiteRequirementVersion"
  (id, "organisationId", "siteId", "siteRequirementId", "certificateTypeId", count, "validFrom")
SELECT gen_random_uuid(), "organisationId", "siteId", id, "certificateTypeId", count, "createdAt"
  FROM "SiteRequirement";
