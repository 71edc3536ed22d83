-- CreateTable
CREATE TABLE "TeamRequirementVersion" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "requirementId" UUID NOT NULL,
    "kind" "RequirementKind" NOT NULL,
    "area" "Area",
    "minLevel" "Level",
    "roleDefinitionId" UUID,
    "competency" "Competency",
    "minScore" INTEGER,
    "circle" "Circle",
    "count" INTEGER NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3),

    CONSTRAINT "TeamRequirementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TeamRequirementVersion_organisationId_teamId_validFrom_idx" ON "TeamRequirementVersion"("organisationId", "teamId", "validFrom");

-- CreateIndex
CREATE INDEX "TeamRequirementVersion_organisationId_requirementId_idx" ON "TeamRequirementVersion"("organisationId", "requirementId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamRequirementVersion_organisationId_id_key" ON "TeamRequirementVersion"("organisationId", "id");

-- AddForeignKey
ALTER TABLE "TeamRequirementVersion" ADD CONSTRAINT "TeamRequirementVersion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamRequirementVersion" ADD CONSTRAINT "TeamRequirementVersion_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Requirement history is written by the database, so every path (API, import, seed) keeps it:
-- an insert opens a version from the row's createdAt, a change to what is required closes the open
-- version and opens the next, a delete closes it. A version is valid in [validFrom, validTo).
CREATE FUNCTION "team_requirement_history"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD."teamId", OLD.kind, OLD.area, OLD."minLevel", OLD."roleDefinitionId", OLD.competency,
          OLD."minScore", OLD.circle, OLD.count)
         IS NOT DISTINCT FROM
         (NEW."teamId", NEW.kind, NEW.area, NEW."minLevel", NEW."roleDefinitionId", NEW.competency,
          NEW."minScore", NEW.circle, NEW.count) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "TeamRequirementVersion" SET "validTo" = now()
     WHERE "organisationId" = OLD."organisationId" AND "requirementId" = OLD.id AND "validTo" IS NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "TeamRequirementVersion"
      (id, "organisationId", "teamId", "requirementId", kind, area, "minLevel", "roleDefinitionId",
       competency, "minScore", circle, count, "validFrom")
    VALUES
      (gen_random_uuid(), NEW."organisationId", NEW."teamId", NEW.id, NEW.kind, NEW.area, NEW."minLevel",
       NEW."roleDefinitionId", NEW.competency, NEW."minScore", NEW.circle, NEW.count,
       CASE WHEN TG_OP = 'INSERT' THEN LEAST(NEW."createdAt", now()) ELSE now() END);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "team_requirement_history"
  AFTER INSERT OR UPDATE OR DELETE ON "TeamRequirement"
  FOR EACH ROW EXECUTE FUNCTION "team_requirement_history"();

-- The requirements that exist today have been valid since they were created.
INSERT INTO "TeamRequirementVersion"
  (id, "organisationId", "teamId", "requirementId", kind, area, "minLevel", "roleDefinitionId",
   competency, "minScore", circle, count, "validFrom")
SELECT gen_random_uuid(), "organisationId", "teamId", id, kind, area, "minLevel", "roleDefinitionId",
       competency, "minScore", circle, count, "createdAt"
  FROM "TeamRequirement";
