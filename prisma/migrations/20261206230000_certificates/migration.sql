-- CreateEnum
CREATE TYPE "CertificateValidation" AS ENUM ('pending', 'validated');

-- AlterEnum
ALTER TYPE "RequirementKind" ADD VALUE 'certificate';

-- AlterTable
ALTER TABLE "TeamRequirement" ADD COLUMN     "certificateTypeId" UUID;

-- AlterTable
ALTER TABLE "TeamRequirementVersion" ADD COLUMN     "certificateTypeId" UUID;

-- CreateTable
CREATE TABLE "CertificateType" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "labelNl" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "descriptionNl" TEXT,
    "descriptionEn" TEXT,
    "validityMonths" INTEGER,
    "renewalRequired" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CertificateType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonCertificate" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "certificateTypeId" UUID NOT NULL,
    "obtainedOn" DATE NOT NULL,
    "expiresOn" DATE,
    "evidenceNumber" TEXT,
    "issuer" TEXT,
    "evidenceFileName" TEXT,
    "status" "CertificateValidation" NOT NULL DEFAULT 'pending',
    "recordedByUserId" UUID,
    "validatedByUserId" UUID,
    "validatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PersonCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CertificateType_organisationId_id_key" ON "CertificateType"("organisationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CertificateType_organisationId_code_key" ON "CertificateType"("organisationId", "code");

-- CreateIndex
CREATE INDEX "PersonCertificate_organisationId_employeeId_certificateType_idx" ON "PersonCertificate"("organisationId", "employeeId", "certificateTypeId", "obtainedOn");

-- CreateIndex
CREATE INDEX "PersonCertificate_organisationId_certificateTypeId_status_idx" ON "PersonCertificate"("organisationId", "certificateTypeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PersonCertificate_organisationId_id_key" ON "PersonCertificate"("organisationId", "id");

-- CreateIndex
CREATE INDEX "TeamRequirement_organisationId_certificateTypeId_idx" ON "TeamRequirement"("organisationId", "certificateTypeId");

-- AddForeignKey
ALTER TABLE "TeamRequirement" ADD CONSTRAINT "TeamRequirement_organisationId_certificateTypeId_fkey" FOREIGN KEY ("organisationId", "certificateTypeId") REFERENCES "CertificateType"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateType" ADD CONSTRAINT "CertificateType_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonCertificate" ADD CONSTRAINT "PersonCertificate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonCertificate" ADD CONSTRAINT "PersonCertificate_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonCertificate" ADD CONSTRAINT "PersonCertificate_organisationId_certificateTypeId_fkey" FOREIGN KEY ("organisationId", "certificateTypeId") REFERENCES "CertificateType"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonCertificate" ADD CONSTRAINT "PersonCertificate_recordedByUserId_fkey" FOREIGN KEY ("recordedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonCertificate" ADD CONSTRAINT "PersonCertificate_validatedByUserId_fkey" FOREIGN KEY ("validatedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A requirement line sets exactly the columns of its kind (20261129104855's rule, with the certificate
-- kind). `"kind"::text` because a value added to an enum cannot be used in the transaction that adds it.
ALTER TABLE "TeamRequirement" DROP CONSTRAINT "TeamRequirement_kind_columns";
ALTER TABLE "TeamRequirement" ADD CONSTRAINT "TeamRequirement_kind_columns" CHECK (
  ("kind" = 'area' AND "area" IS NOT NULL AND "minLevel" IS NOT NULL AND "roleDefinitionId" IS NULL AND "competency" IS NULL AND "minScore" IS NULL AND "circle" IS NULL AND "certificateTypeId" IS NULL)
  OR ("kind" = 'role' AND "roleDefinitionId" IS NOT NULL AND "area" IS NULL AND "minLevel" IS NULL AND "competency" IS NULL AND "minScore" IS NULL AND "circle" IS NULL AND "certificateTypeId" IS NULL)
  OR ("kind" = 'competency' AND "competency" IS NOT NULL AND "minScore" IS NOT NULL AND "area" IS NULL AND "minLevel" IS NULL AND "roleDefinitionId" IS NULL AND "circle" IS NULL AND "certificateTypeId" IS NULL)
  OR ("kind" = 'circle' AND "circle" IS NOT NULL AND "area" IS NULL AND "minLevel" IS NULL AND "roleDefinitionId" IS NULL AND "competency" IS NULL AND "minScore" IS NULL AND "certificateTypeId" IS NULL)
  OR ("kind"::text = 'certificate' AND "certificateTypeId" IS NOT NULL AND "area" IS NULL AND "minLevel" IS NULL AND "roleDefinitionId" IS NULL AND "competency" IS NULL AND "minScore" IS NULL AND "circle" IS NULL)
);

-- Requirement history keeps the certificate type too: the trigger of 20261206134000_requirement_history,
-- with "certificateTypeId" among what a version records.
CREATE OR REPLACE FUNCTION "team_requirement_history"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD."teamId", OLD.kind, OLD.area, OLD."minLevel", OLD."roleDefinitionId", OLD.competency,
          OLD."minScore", OLD.circle, OLD."certificateTypeId", OLD.count)
         IS NOT DISTINCT FROM
         (NEW."teamId", NEW.kind, NEW.area, NEW."minLevel", NEW."roleDefinitionId", NEW.competency,
          NEW."minScore", NEW.circle, NEW."certificateTypeId", NEW.count) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "TeamRequirementVersion" SET "validTo" = now()
     WHERE "organisationId" = OLD."organisationId" AND "requirementId" = OLD.id AND "validTo" IS NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "TeamRequirementVersion"
      (id, "organisationId", "teamId", "requirementId", kind, area, "minLevel", "roleDefinitionId",
       competency, "minScore", circle, "certificateTypeId", count, "validFrom")
    VALUES
      (gen_random_uuid(), NEW."organisationId", NEW."teamId", NEW.id, NEW.kind, NEW.area, NEW."minLevel",
       NEW."roleDefinitionId", NEW.competency, NEW."minScore", NEW.circle, NEW."certificateTypeId", NEW.count,
       CASE WHEN TG_OP = 'INSERT' THEN LEAST(NEW."createdAt", now()) ELSE now() END);
  END IF;
  RETURN NULL;
END;
$$;

-- Certificates are tenant data like every other table: the same row-level-security policy as in
-- 20261206130000_row_level_security (the app role sees and writes only its request's organisation).
ALTER TABLE "CertificateType" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "CertificateType"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());
ALTER TABLE "PersonCertificate" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "PersonCertificate"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());
