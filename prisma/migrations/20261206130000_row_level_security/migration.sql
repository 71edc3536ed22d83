-- Row-level security: defence in depth behind the API's own organisationId scoping.
-- Written by hand; the Prisma drift check does not compare policies, so it stays green.
--
-- The API's tenant client connects as a role without BYPASSRLS (created at start by
-- apps/api/src/db/app-role.ts) and opens every transaction with
--   SET LOCAL app.organisation_id = '<uuid>'
-- (apps/api/src/db/tenant-pool.ts). Without that setting a tenant table shows no rows and accepts
-- none. The table owner (migrations, seed, the API's few cross-organisation lookups) is not
-- subject to these policies: RLS is enabled, not forced.

-- The organisation of the current transaction, or NULL. STABLE and plain SQL, so the planner
-- inlines it and evaluates the setting once per query (indexes on organisationId stay usable).
CREATE FUNCTION "app_current_organisation"() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT NULLIF(current_setting('app.organisation_id', true), '')::uuid
$$;

-- Every table with an organisationId column: rows of the current organisation only, read and write.
DO $$
DECLARE
  tenant_table text;
BEGIN
  FOREACH tenant_table IN ARRAY ARRAY[
    'Site', 'Team', 'Employee', 'TeamMembership', 'AreaLevel', 'CompetencyRating',
    'SurroundingsContact', 'Ambition', 'RoleDefinition', 'RoleAssignment', 'TeamRequirement',
    'DevelopmentAction', 'OrganisationMember', 'ManagedTeam', 'RefreshToken', 'Invitation',
    'AuditEvent', 'ImportJob'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format(
      'CREATE POLICY "tenant_isolation" ON %I USING ("organisationId" = "app_current_organisation"()) '
      'WITH CHECK ("organisationId" = "app_current_organisation"())',
      tenant_table
    );
  END LOOP;
END;
$$;

-- The organisation row itself: the tenant sees (and bumps the dataVersion of) its own row only.
ALTER TABLE "Organisation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Organisation"
  USING ("id" = "app_current_organisation"())
  WITH CHECK ("id" = "app_current_organisation"());

-- The audit trail's maintenance switch (AVG erasure) counts only for the table's owner: a role
-- that does not own "AuditEvent" (the API's tenant role) cannot lift the append-only rule, even
-- inside its own transaction. (That role has no UPDATE or DELETE grant on it either.)
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('teamspiegel.audit_maintenance', true), '') = 'on'
     AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
