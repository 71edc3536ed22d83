-- CreateEnum
CREATE TYPE "Area" AS ENUM ('didactiek', 'pedagogiek', 'gezondheid', 'verzorging', 'psychologie_orthopedagogiek', 'onderzoek_innovatie', 'professionele_versterking', 'organisatie_samenwerking');

-- CreateEnum
CREATE TYPE "Level" AS ENUM ('in_opleiding', 'starter', 'ervaren', 'expert');

-- CreateEnum
CREATE TYPE "Competency" AS ENUM ('ontwikkelingsgerichtheid', 'samenwerkingsgerichtheid', 'omgevingssensitiviteit', 'ondernemende_houding', 'flexibiliteit', 'creativiteit', 'onderzoekende_houding', 'moreel_ethisch_handelen');

-- CreateEnum
CREATE TYPE "Circle" AS ENUM ('buurt', 'partners', 'politiek_beleid', 'samenleving', 'wetenschap');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('self_assessed', 'validated');

-- CreateEnum
CREATE TYPE "AmbitionDirection" AS ENUM ('verbreden', 'verdiepen');

-- CreateEnum
CREATE TYPE "AmbitionVisibility" AS ENUM ('self', 'manager', 'hr');

-- CreateEnum
CREATE TYPE "AmbitionStatus" AS ENUM ('active', 'achieved', 'withdrawn');

-- CreateEnum
CREATE TYPE "RequirementKind" AS ENUM ('area', 'role', 'competency', 'circle');

-- CreateEnum
CREATE TYPE "DevelopmentActionType" AS ENUM ('training', 'coaching', 'omscholing', 'intervisie', 'werving');

-- CreateEnum
CREATE TYPE "DevelopmentStatus" AS ENUM ('planned', 'in_progress', 'completed', 'cancelled');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('board', 'hr', 'manager', 'trainer', 'employee');

-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('baby_dreumes', 'peuter', 'unit_3_6', 'onderbouw', 'bovenbouw', 'bso', 'zorgteam', 'overig');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "dataVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TeamKind" NOT NULL DEFAULT 'overig',
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employee" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "jobTitle" TEXT,
    "fte" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "startDate" DATE,
    "userId" UUID,
    "erasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Employee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMembership" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "roleInTeam" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TeamMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AreaLevel" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "area" "Area" NOT NULL,
    "level" "Level" NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'self_assessed',
    "validFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validTo" TIMESTAMP(3),
    "isCurrent" BOOLEAN DEFAULT true,
    "assessedByUserId" UUID,
    "validatedByUserId" UUID,
    "validatedAt" TIMESTAMP(3),
    "comment" TEXT,

    CONSTRAINT "AreaLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetencyRating" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "competency" "Competency" NOT NULL,
    "score" INTEGER NOT NULL,
    "ratedByUserId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompetencyRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurroundingsContact" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "circle" "Circle" NOT NULL,
    "partnerName" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurroundingsContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ambition" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "direction" "AmbitionDirection" NOT NULL,
    "area" "Area" NOT NULL,
    "targetLevel" "Level" NOT NULL,
    "horizonDate" DATE,
    "motivation" TEXT,
    "visibility" "AmbitionVisibility" NOT NULL DEFAULT 'manager',
    "status" "AmbitionStatus" NOT NULL DEFAULT 'active',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Ambition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleDefinition" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "labelNl" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "descriptionNl" TEXT,
    "descriptionEn" TEXT,
    "areaRequirements" JSONB NOT NULL,
    "competencyRequirements" JSONB NOT NULL DEFAULT '[]',
    "fromCatalogue" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RoleDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "roleDefinitionId" UUID NOT NULL,
    "teamId" UUID,
    "startDate" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamRequirement" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "kind" "RequirementKind" NOT NULL,
    "area" "Area",
    "minLevel" "Level",
    "roleDefinitionId" UUID,
    "competency" "Competency",
    "minScore" INTEGER,
    "circle" "Circle",
    "count" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TeamRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentAction" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "type" "DevelopmentActionType" NOT NULL,
    "title" TEXT NOT NULL,
    "employeeId" UUID,
    "teamId" UUID,
    "area" "Area",
    "targetLevel" "Level",
    "provider" TEXT,
    "status" "DevelopmentStatus" NOT NULL DEFAULT 'planned',
    "startDate" DATE,
    "expectedEndDate" DATE,
    "completedAt" TIMESTAMP(3),
    "costCents" INTEGER,
    "notes" TEXT,
    "createdByUserId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DevelopmentAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "isPlatformAdmin" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationMember" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "MemberRole" NOT NULL,
    "employeeId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganisationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManagedTeam" (
    "organisationId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManagedTeam_pkey" PRIMARY KEY ("organisationId","memberId","teamId")
);

-- CreateTable
CREATE TABLE "RefreshToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "replacedById" UUID,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "employeeId" UUID,
    "tokenHash" TEXT NOT NULL,
    "invitedByUserId" UUID,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "actorUserId" UUID,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Site_organisationId_id_key" ON "Site"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Site_organisationId_name_key" ON "Site"("organisationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Team_organisationId_id_key" ON "Team"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Team_organisationId_siteId_name_key" ON "Team"("organisationId", "siteId", "name");

-- CreateIndex
CREATE INDEX "Employee_organisationId_lastName_firstName_idx" ON "Employee"("organisationId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "Employee_userId_idx" ON "Employee"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Employee_organisationId_id_key" ON "Employee"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Employee_organisationId_email_key" ON "Employee"("organisationId", "email");

-- CreateIndex
CREATE INDEX "TeamMembership_organisationId_employeeId_idx" ON "TeamMembership"("organisationId", "employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMembership_organisationId_id_key" ON "TeamMembership"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMembership_organisationId_teamId_employeeId_startDate_key" ON "TeamMembership"("organisationId", "teamId", "employeeId", "startDate");

-- CreateIndex
CREATE INDEX "AreaLevel_organisationId_area_level_idx" ON "AreaLevel"("organisationId", "area", "level");

-- CreateIndex
CREATE INDEX "AreaLevel_organisationId_status_idx" ON "AreaLevel"("organisationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AreaLevel_organisationId_id_key" ON "AreaLevel"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AreaLevel_organisationId_employeeId_area_isCurrent_key" ON "AreaLevel"("organisationId", "employeeId", "area", "isCurrent");

-- CreateIndex
CREATE UNIQUE INDEX "CompetencyRating_organisationId_id_key" ON "CompetencyRating"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CompetencyRating_organisationId_employeeId_competency_key" ON "CompetencyRating"("organisationId", "employeeId", "competency");

-- CreateIndex
CREATE UNIQUE INDEX "SurroundingsContact_organisationId_id_key" ON "SurroundingsContact"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SurroundingsContact_organisationId_employeeId_circle_partne_key" ON "SurroundingsContact"("organisationId", "employeeId", "circle", "partnerName");

-- CreateIndex
CREATE INDEX "Ambition_organisationId_employeeId_idx" ON "Ambition"("organisationId", "employeeId");

-- CreateIndex
CREATE INDEX "Ambition_organisationId_area_targetLevel_idx" ON "Ambition"("organisationId", "area", "targetLevel");

-- CreateIndex
CREATE UNIQUE INDEX "Ambition_organisationId_id_key" ON "Ambition"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "RoleDefinition_organisationId_id_key" ON "RoleDefinition"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "RoleDefinition_organisationId_key_key" ON "RoleDefinition"("organisationId", "key");

-- CreateIndex
CREATE INDEX "RoleAssignment_organisationId_employeeId_idx" ON "RoleAssignment"("organisationId", "employeeId");

-- CreateIndex
CREATE INDEX "RoleAssignment_organisationId_roleDefinitionId_idx" ON "RoleAssignment"("organisationId", "roleDefinitionId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_organisationId_id_key" ON "RoleAssignment"("organisationId", "id");

-- CreateIndex
CREATE INDEX "TeamRequirement_organisationId_teamId_idx" ON "TeamRequirement"("organisationId", "teamId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamRequirement_organisationId_id_key" ON "TeamRequirement"("organisationId", "id");

-- CreateIndex
CREATE INDEX "DevelopmentAction_organisationId_status_idx" ON "DevelopmentAction"("organisationId", "status");

-- CreateIndex
CREATE INDEX "DevelopmentAction_organisationId_employeeId_idx" ON "DevelopmentAction"("organisationId", "employeeId");

-- CreateIndex
CREATE INDEX "DevelopmentAction_organisationId_area_targetLevel_idx" ON "DevelopmentAction"("organisationId", "area", "targetLevel");

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentAction_organisationId_id_key" ON "DevelopmentAction"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "OrganisationMember_userId_idx" ON "OrganisationMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationMember_organisationId_id_key" ON "OrganisationMember"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationMember_organisationId_userId_key" ON "OrganisationMember"("organisationId", "userId");

-- CreateIndex
CREATE INDEX "ManagedTeam_organisationId_teamId_idx" ON "ManagedTeam"("organisationId", "teamId");

-- CreateIndex
CREATE UNIQUE INDEX "RefreshToken_tokenHash_key" ON "RefreshToken"("tokenHash");

-- CreateIndex
CREATE INDEX "RefreshToken_organisationId_idx" ON "RefreshToken"("organisationId");

-- CreateIndex
CREATE INDEX "RefreshToken_userId_idx" ON "RefreshToken"("userId");

-- CreateIndex
CREATE INDEX "RefreshToken_familyId_idx" ON "RefreshToken"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_organisationId_email_idx" ON "Invitation"("organisationId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_organisationId_id_key" ON "Invitation"("organisationId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_createdAt_idx" ON "AuditEvent"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_entity_entityId_idx" ON "AuditEvent"("organisationId", "entity", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_organisationId_id_key" ON "AuditEvent"("organisationId", "id");

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_organisationId_siteId_fkey" FOREIGN KEY ("organisationId", "siteId") REFERENCES "Site"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaLevel" ADD CONSTRAINT "AreaLevel_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaLevel" ADD CONSTRAINT "AreaLevel_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaLevel" ADD CONSTRAINT "AreaLevel_assessedByUserId_fkey" FOREIGN KEY ("assessedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaLevel" ADD CONSTRAINT "AreaLevel_validatedByUserId_fkey" FOREIGN KEY ("validatedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyRating" ADD CONSTRAINT "CompetencyRating_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyRating" ADD CONSTRAINT "CompetencyRating_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyRating" ADD CONSTRAINT "CompetencyRating_ratedByUserId_fkey" FOREIGN KEY ("ratedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurroundingsContact" ADD CONSTRAINT "SurroundingsContact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurroundingsContact" ADD CONSTRAINT "SurroundingsContact_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ambition" ADD CONSTRAINT "Ambition_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ambition" ADD CONSTRAINT "Ambition_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleDefinition" ADD CONSTRAINT "RoleDefinition_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organisationId_roleDefinitionId_fkey" FOREIGN KEY ("organisationId", "roleDefinitionId") REFERENCES "RoleDefinition"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamRequirement" ADD CONSTRAINT "TeamRequirement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamRequirement" ADD CONSTRAINT "TeamRequirement_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamRequirement" ADD CONSTRAINT "TeamRequirement_organisationId_roleDefinitionId_fkey" FOREIGN KEY ("organisationId", "roleDefinitionId") REFERENCES "RoleDefinition"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationMember" ADD CONSTRAINT "OrganisationMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationMember" ADD CONSTRAINT "OrganisationMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationMember" ADD CONSTRAINT "OrganisationMember_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagedTeam" ADD CONSTRAINT "ManagedTeam_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagedTeam" ADD CONSTRAINT "ManagedTeam_organisationId_memberId_fkey" FOREIGN KEY ("organisationId", "memberId") REFERENCES "OrganisationMember"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagedTeam" ADD CONSTRAINT "ManagedTeam_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedByUserId_fkey" FOREIGN KEY ("invitedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
