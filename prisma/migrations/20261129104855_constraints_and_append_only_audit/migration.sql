-- Rules the Prisma schema language cannot express. Written by hand and reviewed; the Prisma drift
-- check does not compare CHECK constraints or triggers, so it stays green.

-- A requirement line sets exactly the columns of its kind.
ALTER TABLE "TeamRequirement" ADD CONSTRAINT "TeamRequirement_kind_columns" CHECK (
  ("kind" = 'area' AND "area" IS NOT NULL AND "minLevel" IS NOT NULL AND "roleDefinitionId" IS NULL AND "competency" IS NULL AND "minScore" IS NULL AND "circle" IS NULL)
  OR ("kind" = 'role' AND "roleDefinitionId" IS NOT NULL AND "area" IS NULL AND "minLevel" IS NULL AND "competency" IS NULL AND "minScore" IS NULL AND "circle" IS NULL)
  OR ("kind" = 'competency' AND "competency" IS NOT NULL AND "minScore" IS NOT NULL AND "area" IS NULL AND "minLevel" IS NULL AND "roleDefinitionId" IS NULL AND "circle" IS NULL)
  OR ("kind" = 'circle' AND "circle" IS NOT NULL AND "area" IS NULL AND "minLevel" IS NULL AND "roleDefinitionId" IS NULL AND "competency" IS NULL AND "minScore" IS NULL)
);
ALTER TABLE "TeamRequirement" ADD CONSTRAINT "TeamRequirement_count_range" CHECK ("count" BETWEEN 0 AND 50);
ALTER TABLE "TeamRequirement" ADD CONSTRAINT "TeamRequirement_min_score_range" CHECK ("minScore" IS NULL OR "minScore" BETWEEN 1 AND 5);

ALTER TABLE "CompetencyRating" ADD CONSTRAINT "CompetencyRating_score_range" CHECK ("score" BETWEEN 1 AND 5);
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_fte_range" CHECK ("fte" >= 0 AND "fte" <= 2);
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_period" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_period" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_period" CHECK ("expectedEndDate" IS NULL OR "startDate" IS NULL OR "expectedEndDate" >= "startDate");
ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_cost" CHECK ("costCents" IS NULL OR "costCents" >= 0);
-- Hiring (werving) is for someone not yet employed; every other action is for an employee.
ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_employee_by_type" CHECK (("type" = 'werving') = ("employeeId" IS NULL));

-- Level history: the open row has isCurrent = TRUE and no validTo; closed rows have isCurrent NULL and a validTo.
ALTER TABLE "AreaLevel" ADD CONSTRAINT "AreaLevel_open_or_closed" CHECK (
  ("isCurrent" IS TRUE AND "validTo" IS NULL) OR ("isCurrent" IS NULL AND "validTo" IS NOT NULL)
);
ALTER TABLE "AreaLevel" ADD CONSTRAINT "AreaLevel_period" CHECK ("validTo" IS NULL OR "validTo" >= "validFrom");

-- The audit trail is append-only. Only an explicit, transaction-local redaction (AVG erasure) or
-- the removal of a whole organisation may touch existing rows:
--   SET LOCAL teamspiegel.audit_maintenance = 'on';
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('teamspiegel.audit_maintenance', true), '') = 'on' THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
