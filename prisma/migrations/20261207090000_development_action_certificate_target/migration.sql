-- An action may aim at a certificate requirement (issue 15: every gap kind plannable), beside the
-- role, competency and circle targets: at most one of the four (checked by the API, 422 one_target_only).
ALTER TABLE "DevelopmentAction" ADD COLUMN "targetCertificateTypeId" UUID;

CREATE INDEX "DevelopmentAction_organisationId_targetCertificateTypeId_idx" ON "DevelopmentAction"("organisationId", "targetCertificateTypeId");

ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_organisationId_targetCertificateTypeId_fkey" FOREIGN KEY ("organisationId", "targetCertificateTypeId") REFERENCES "CertificateType"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
