-- Last month's coverage point per team (the overview's "change since last month"), kept so that a
-- new API process reads it instead of reconstructing the whole history (issue 13, cold start).
-- Each row is the trend's totals of one team at the end of `month`, valid at the organisation's
-- dataVersion `version`; a reader patches from there through the change log (CoverageChange).
CREATE TABLE "CoverageMonthPoint" (
    "organisationId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "teamId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requirements" INTEGER NOT NULL,
    "covered" INTEGER NOT NULL,
    "noMargin" INTEGER NOT NULL,
    "singlePoints" INTEGER NOT NULL,
    "gaps" INTEGER NOT NULL,
    "totalGap" INTEGER NOT NULL,

    CONSTRAINT "CoverageMonthPoint_pkey" PRIMARY KEY ("organisationId","month","teamId")
);

-- AddForeignKey (no key to Team: a deleted team's row is dropped by the next reader, as in memory)
ALTER TABLE "CoverageMonthPoint" ADD CONSTRAINT "CoverageMonthPoint_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant data like every other table (20261206130000_row_level_security).
ALTER TABLE "CoverageMonthPoint" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "CoverageMonthPoint"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());
