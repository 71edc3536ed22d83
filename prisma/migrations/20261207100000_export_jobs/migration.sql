-- Large exports run as durable jobs (pg-boss, like imports): the request and the finished file wait
-- in the tenant's own row (row-level security applies) and are deleted a day later.
CREATE TYPE "ExportJobStatus" AS ENUM ('queued', 'running', 'completed', 'failed');

CREATE TABLE "ExportJob" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "createdByUserId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "status" "ExportJobStatus" NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "fileName" TEXT,
    "contentType" TEXT,
    "byteSize" INTEGER,
    "file" BYTEA,
    "heartbeatAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,

    -- Composite from the start: the distribution column leads (docs/scaling.md).
    CONSTRAINT "ExportJob_pkey" PRIMARY KEY ("organisationId", "id")
);

CREATE INDEX "ExportJob_organisationId_createdByUserId_createdAt_idx" ON "ExportJob"("organisationId", "createdByUserId", "createdAt");
CREATE INDEX "ExportJob_status_heartbeatAt_idx" ON "ExportJob"("status", "heartbeatAt");
CREATE INDEX "ExportJob_expiresAt_idx" ON "ExportJob"("expiresAt");

ALTER TABLE "ExportJob" ADD CONSTRAINT "ExportJob_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant data like every other table: the policy of 20261206130000_row_level_security.
ALTER TABLE "ExportJob" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "ExportJob"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());
