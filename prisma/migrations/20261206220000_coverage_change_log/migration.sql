-- CreateTable
CREATE TABLE "CoverageChange" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    "employeeId" UUID,
    "teamId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoverageChange_pkey" PRIMARY KEY ("organisationId","id")
);

-- CreateIndex
CREATE INDEX "CoverageChange_organisationId_version_idx" ON "CoverageChange"("organisationId", "version");

-- CreateIndex
CREATE INDEX "CoverageChange_organisationId_createdAt_idx" ON "CoverageChange"("organisationId", "createdAt");

-- AddForeignKey
ALTER TABLE "CoverageChange" ADD CONSTRAINT "CoverageChange_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant data like every other table: the same row-level-security policy as in
-- 20261206130000_row_level_security (the app role sees and writes only its request's organisation).
ALTER TABLE "CoverageChange" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "CoverageChange"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());

-- The change log of the coverage inputs, written by the database so every path (API, import, seed,
-- erasure) keeps it: one statement trigger per table and operation moves the organisation's
-- dataVersion once and records, at that version, which employees and teams the statement touched
-- (old and new rows, so a move between teams names both). The row lock on "Organisation" orders the
-- writers of one organisation, so once a reader sees version v committed, every change at a version
-- up to v is committed too. Arguments: scope, employee column ('' for none), team column ('' for none).
CREATE FUNCTION "coverage_change_log"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  scope text := TG_ARGV[0];
  employee_column text := CASE WHEN TG_ARGV[1] = '' THEN 'NULL::uuid' ELSE quote_ident(TG_ARGV[1]) END;
  team_column text := CASE WHEN TG_ARGV[2] = '' THEN 'NULL::uuid' ELSE quote_ident(TG_ARGV[2]) END;
  touched text;
BEGIN
  touched := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT "organisationId", %s AS e, %s AS t FROM new_rows', employee_column, team_column)
    WHEN 'DELETE' THEN format('SELECT "organisationId", %s AS e, %s AS t FROM old_rows', employee_column, team_column)
    ELSE format(
      'SELECT "organisationId", %1$s AS e, %2$s AS t FROM new_rows UNION SELECT "organisationId", %1$s, %2$s FROM old_rows',
      employee_column, team_column)
  END;
  EXECUTE format($sql$
    WITH touched AS (SELECT DISTINCT * FROM (%s) AS rows),
    bumped AS (
      UPDATE "Organisation" AS o SET "dataVersion" = o."dataVersion" + 1
       WHERE o.id IN (SELECT "organisationId" FROM touched)
      RETURNING o.id, o."dataVersion"
    )
    INSERT INTO "CoverageChange" (id, "organisationId", version, scope, "employeeId", "teamId")
    SELECT gen_random_uuid(), touched."organisationId", bumped."dataVersion", %L, touched.e, touched.t
      FROM touched JOIN bumped ON bumped.id = touched."organisationId"
  $sql$, touched, scope);
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  spec text[];
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ARRAY['Employee', 'employee', 'id', ''],
    ARRAY['AreaLevel', 'employee', 'employeeId', ''],
    ARRAY['CompetencyRating', 'employee', 'employeeId', ''],
    ARRAY['SurroundingsContact', 'employee', 'employeeId', ''],
    ARRAY['Ambition', 'employee', 'employeeId', ''],
    ARRAY['DevelopmentAction', 'employee', 'employeeId', 'teamId'],
    ARRAY['TeamMembership', 'employee', 'employeeId', 'teamId'],
    ARRAY['RoleAssignment', 'employee', 'employeeId', 'teamId'],
    ARRAY['Team', 'team', '', 'id'],
    ARRAY['TeamRequirement', 'team', '', 'teamId'],
    ARRAY['Site', 'site', '', ''],
    ARRAY['RoleDefinition', 'role', '', '']
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER "coverage_change_insert" AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION "coverage_change_log"(%L, %L, %L)',
      spec[1], spec[2], spec[3], spec[4]);
    EXECUTE format(
      'CREATE TRIGGER "coverage_change_update" AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION "coverage_change_log"(%L, %L, %L)',
      spec[1], spec[2], spec[3], spec[4]);
    EXECUTE format(
      'CREATE TRIGGER "coverage_change_delete" AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION "coverage_change_log"(%L, %L, %L)',
      spec[1], spec[2], spec[3], spec[4]);
  END LOOP;
END;
$$;
