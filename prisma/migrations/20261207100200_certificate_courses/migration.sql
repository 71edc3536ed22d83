-- docs/coverage-rules.md, rule 10: a development action (a refresher course) can aim at a
-- certificate; an open one adds its employee to the certificate's projected holders and marks the
-- certificate gap "al in het plan".
ALTER TABLE "DevelopmentAction" ADD COLUMN "targetCertificateTypeId" UUID;

CREATE INDEX "DevelopmentAction_organisationId_targetCertificateTypeId_idx" ON "DevelopmentAction"("organisationId", "targetCertificateTypeId");

ALTER TABLE "DevelopmentAction" ADD CONSTRAINT "DevelopmentAction_organisationId_targetCertificateTypeId_fkey" FOREIGN KEY ("organisationId", "targetCertificateTypeId") REFERENCES "CertificateType"("organisationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
