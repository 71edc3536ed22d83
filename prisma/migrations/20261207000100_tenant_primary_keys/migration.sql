-- Primary keys that include the distribution column (docs/scaling.md, Citus): every tenant table's
-- primary key becomes ("organisationId", id), replacing the unique ("organisationId", id) that the
-- composite foreign keys used; the token hashes become unique per organisation.
--
-- Postgres binds a foreign key to the index it was created against, so the foreign keys that use
-- the old unique indexes are dropped first and recreated unchanged (same names, same actions) once
-- the primary keys exist. Everything runs in the migration's one transaction.

-- 1. Foreign keys bound to the unique ("organisationId", id) indexes that go away.
ALTER TABLE "Ambition" DROP CONSTRAINT "Ambition_organisationId_employeeId_fkey";
ALTER TABLE "AreaLevel" DROP CONSTRAINT "AreaLevel_organisationId_employeeId_fkey";
ALTER TABLE "CompetencyRating" DROP CONSTRAINT "CompetencyRating_organisationId_employeeId_fkey";
ALTER TABLE "DevelopmentAction" DROP CONSTRAINT "DevelopmentAction_organisationId_employeeId_fkey";
ALTER TABLE "DevelopmentAction" DROP CONSTRAINT "DevelopmentAction_organisationId_targetRoleDefinitionId_fkey";
ALTER TABLE "DevelopmentAction" DROP CONSTRAINT "DevelopmentAction_organisationId_teamId_fkey";
ALTER TABLE "Invitation" DROP CONSTRAINT "Invitation_organisationId_employeeId_fkey";
ALTER TABLE "InvitationTeam" DROP CONSTRAINT "InvitationTeam_organisationId_invitationId_fkey";
ALTER TABLE "InvitationTeam" DROP CONSTRAINT "InvitationTeam_organisationId_teamId_fkey";
ALTER TABLE "ManagedTeam" DROP CONSTRAINT "ManagedTeam_organisationId_memberId_fkey";
ALTER TABLE "ManagedTeam" DROP CONSTRAINT "ManagedTeam_organisationId_teamId_fkey";
ALTER TABLE "OrganisationMember" DROP CONSTRAINT "OrganisationMember_organisationId_employeeId_fkey";
ALTER TABLE "PersonCertificate" DROP CONSTRAINT "PersonCertificate_organisationId_certificateTypeId_fkey";
ALTER TABLE "PersonCertificate" DROP CONSTRAINT "PersonCertificate_organisationId_employeeId_fkey";
ALTER TABLE "RoleAssignment" DROP CONSTRAINT "RoleAssignment_organisationId_employeeId_fkey";
ALTER TABLE "RoleAssignment" DROP CONSTRAINT "RoleAssignment_organisationId_roleDefinitionId_fkey";
ALTER TABLE "RoleAssignment" DROP CONSTRAINT "RoleAssignment_organisationId_teamId_fkey";
ALTER TABLE "SurroundingsContact" DROP CONSTRAINT "SurroundingsContact_organisationId_employeeId_fkey";
ALTER TABLE "Team" DROP CONSTRAINT "Team_organisationId_siteId_fkey";
ALTER TABLE "TeamMembership" DROP CONSTRAINT "TeamMembership_organisationId_employeeId_fkey";
ALTER TABLE "TeamMembership" DROP CONSTRAINT "TeamMembership_organisationId_teamId_fkey";
ALTER TABLE "TeamRequirement" DROP CONSTRAINT "TeamRequirement_organisationId_certificateTypeId_fkey";
ALTER TABLE "TeamRequirement" DROP CONSTRAINT "TeamRequirement_organisationId_roleDefinitionId_fkey";
ALTER TABLE "TeamRequirement" DROP CONSTRAINT "TeamRequirement_organisationId_teamId_fkey";
ALTER TABLE "TeamRequirementVersion" DROP CONSTRAINT "TeamRequirementVersion_organisationId_teamId_fkey";

-- 2. Primary keys ("organisationId", id); the old unique ("organisationId", id) is now redundant.
ALTER TABLE "Ambition" DROP CONSTRAINT "Ambition_pkey", ADD CONSTRAINT "Ambition_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "Ambition_organisationId_id_key";
ALTER TABLE "AreaLevel" DROP CONSTRAINT "AreaLevel_pkey", ADD CONSTRAINT "AreaLevel_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "AreaLevel_organisationId_id_key";
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_pkey", ADD CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "AuditEvent_organisationId_id_key";
ALTER TABLE "CertificateType" DROP CONSTRAINT "CertificateType_pkey", ADD CONSTRAINT "CertificateType_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "CertificateType_organisationId_id_key";
ALTER TABLE "CompetencyRating" DROP CONSTRAINT "CompetencyRating_pkey", ADD CONSTRAINT "CompetencyRating_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "CompetencyRating_organisationId_id_key";
ALTER TABLE "DevelopmentAction" DROP CONSTRAINT "DevelopmentAction_pkey", ADD CONSTRAINT "DevelopmentAction_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "DevelopmentAction_organisationId_id_key";
ALTER TABLE "Employee" DROP CONSTRAINT "Employee_pkey", ADD CONSTRAINT "Employee_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "Employee_organisationId_id_key";
ALTER TABLE "ImportJob" DROP CONSTRAINT "ImportJob_pkey", ADD CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "ImportJob_organisationId_id_key";
ALTER TABLE "Invitation" DROP CONSTRAINT "Invitation_pkey", ADD CONSTRAINT "Invitation_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "Invitation_organisationId_id_key";
ALTER TABLE "OrganisationMember" DROP CONSTRAINT "OrganisationMember_pkey", ADD CONSTRAINT "OrganisationMember_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "OrganisationMember_organisationId_id_key";
ALTER TABLE "PersonCertificate" DROP CONSTRAINT "PersonCertificate_pkey", ADD CONSTRAINT "PersonCertificate_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "PersonCertificate_organisationId_id_key";
ALTER TABLE "RefreshToken" DROP CONSTRAINT "RefreshToken_pkey", ADD CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("organisationId", "id");
ALTER TABLE "RoleAssignment" DROP CONSTRAINT "RoleAssignment_pkey", ADD CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "RoleAssignment_organisationId_id_key";
ALTER TABLE "RoleDefinition" DROP CONSTRAINT "RoleDefinition_pkey", ADD CONSTRAINT "RoleDefinition_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "RoleDefinition_organisationId_id_key";
ALTER TABLE "Site" DROP CONSTRAINT "Site_pkey", ADD CONSTRAINT "Site_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "Site_organisationId_id_key";
ALTER TABLE "SurroundingsContact" DROP CONSTRAINT "SurroundingsContact_pkey", ADD CONSTRAINT "SurroundingsContact_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "SurroundingsContact_organisationId_id_key";
ALTER TABLE "Team" DROP CONSTRAINT "Team_pkey", ADD CONSTRAINT "Team_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "Team_organisationId_id_key";
ALTER TABLE "TeamMembership" DROP CONSTRAINT "TeamMembership_pkey", ADD CONSTRAINT "TeamMembership_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "TeamMembership_organisationId_id_key";
ALTER TABLE "TeamRequirement" DROP CONSTRAINT "TeamRequirement_pkey", ADD CONSTRAINT "TeamRequirement_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "TeamRequirement_organisationId_id_key";
ALTER TABLE "TeamRequirementVersion" DROP CONSTRAINT "TeamRequirementVersion_pkey", ADD CONSTRAINT "TeamRequirementVersion_pkey" PRIMARY KEY ("organisationId", "id");
DROP INDEX "TeamRequirementVersion_organisationId_id_key";

-- 3. The same foreign keys again, now bound to the primary keys.
ALTER TABLE "Ambition" ADD CONSTRAINT "Ambition_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "AreaLevel" ADD CONSTRAINT "AreaLevel_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "CompetencyRating" ADD CONSTRAINT "CompetencyRating_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_organisationId_targetRoleDefinitionId_fkey" FOREIGN KEY ("organisationId", "targetRoleDefinitionId") REFERENCES "RoleDefinition"("organisationId", id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE "InvitationTeam" ADD CONSTRAINT "InvitationTeam_organisationId_invitationId_fkey" FOREIGN KEY ("organisationId", "invitationId") REFERENCES "Invitation"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "InvitationTeam" ADD CONSTRAINT "InvitationTeam_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "ManagedTeam" ADD CONSTRAINT "ManagedTeam_organisationId_memberId_fkey" FOREIGN KEY ("organisationId", "memberId") REFERENCES "OrganisationMember"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "ManagedTeam" ADD CONSTRAINT "ManagedTeam_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "OrganisationMember" ADD CONSTRAINT "OrganisationMember_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE "PersonCertificate" ADD CONSTRAINT "PersonCertificate_organisationId_certificateTypeId_fkey" FOREIGN KEY ("organisationId", "certificateTypeId") REFERENCES "CertificateType"("organisationId", id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE "PersonCertificate" ADD CONSTRAINT "PersonCertificate_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organisationId_roleDefinitionId_fkey" FOREIGN KEY ("organisationId", "roleDefinitionId") REFERENCES "RoleDefinition"("organisationId", id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE "SurroundingsContact" ADD CONSTRAINT "SurroundingsContact_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "Team" ADD CONSTRAINT "Team_organisationId_siteId_fkey" FOREIGN KEY ("organisationId", "siteId") REFERENCES "Site"("organisationId", id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "TeamRequirement" ADD CONSTRAINT "TeamRequirement_organisationId_certificateTypeId_fkey" FOREIGN KEY ("organisationId", "certificateTypeId") REFERENCES "CertificateType"("organisationId", id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE "TeamRequirement" ADD CONSTRAINT "TeamRequirement_organisationId_roleDefinitionId_fkey" FOREIGN KEY ("organisationId", "roleDefinitionId") REFERENCES "RoleDefinition"("organisationId", id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE "TeamRequirement" ADD CONSTRAINT "TeamRequirement_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE "TeamRequirementVersion" ADD CONSTRAINT "TeamRequirementVersion_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", id) ON UPDATE CASCADE ON DELETE CASCADE;

-- 4. Token hashes: unique per organisation; the lookup by hash alone keeps an index of its own.
--    RefreshToken's index on ("organisationId") is covered by its new primary key.
DROP INDEX "RefreshToken_tokenHash_key";
DROP INDEX "RefreshToken_organisationId_idx";
CREATE UNIQUE INDEX "RefreshToken_organisationId_tokenHash_key" ON "RefreshToken"("organisationId", "tokenHash");
CREATE INDEX "RefreshToken_tokenHash_idx" ON "RefreshToken"("tokenHash");
DROP INDEX "Invitation_tokenHash_key";
CREATE UNIQUE INDEX "Invitation_organisationId_tokenHash_key" ON "Invitation"("organisationId", "tokenHash");
CREATE INDEX "Invitation_tokenHash_idx" ON "Invitation"("tokenHash");
