-- Requirement history is tenant data like every other table: the same row-level-security policy as
-- in 20261206130000_row_level_security (the app role sees and writes only its request's organisation).
ALTER TABLE "TeamRequirementVersion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "TeamRequirementVersion"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());
