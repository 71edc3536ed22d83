-- The organisation's coverage snapshot and its per-team engine results, stored so that a new API
-- process reads them and patches them from the change log (CoverageChange) instead of loading and
-- computing the whole organisation (issue 13, cold start). One row per organisation, valid at the
-- dataVersion `version` on the UTC day `day`, written by code whose build is `codeVersion`: a reader
-- uses it only when all three fit, else it loads in full. `data` is the JSON, gzipped (a fifth of its
-- size: less to detoast, send and copy than the ~20 MB of JSON at 20,000 people).
CREATE TABLE "CoverageCheckpoint" (
    "organisationId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "codeVersion" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" BYTEA NOT NULL,

    CONSTRAINT "CoverageCheckpoint_pkey" PRIMARY KEY ("organisationId")
);

-- AddForeignKey
ALTER TABLE "CoverageCheckpoint" ADD CONSTRAINT "CoverageCheckpoint_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant data like every other table (20261206130000_row_level_security).
ALTER TABLE "CoverageCheckpoint" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "CoverageCheckpoint"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());

-- Already compressed: PostgreSQL need not try again.
ALTER TABLE "CoverageCheckpoint" ALTER COLUMN "data" SET STORAGE EXTERNAL;
