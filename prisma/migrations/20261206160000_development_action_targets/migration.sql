-- docs/coverage-rules.md, rule 7: a development action can aim at a role, a competency or a circle
-- of surroundings, so role, competency and surroundings gaps can be "al in het plan" too.
ALTER TABLE "DevelopmentAction" ADD COLUMN "targetRoleDefinitionId" UUID,
ADD COLUMN "targetCompetency" "Competency",
ADD COLUMN "targetCircle" "Circle";

CREATE INDEX "DevelopmentAction_organisationId_targetRoleDefinitionId_idx" ON "DevelopmentAction"("organisationId", "targetRoleDefinitionId");

ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_organisationId_targetRoleDefinitionId_fkey" FOREIGN KEY ("organisationId", "targetRoleDefinitionId") REFERENCES "RoleDefinition"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
