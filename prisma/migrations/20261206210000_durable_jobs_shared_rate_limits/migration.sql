-- Imports run as durable jobs (pg-boss; its own schema "pgboss", created by pg-boss itself):
-- the parsed file waits in the tenant's own row (row-level security applies), the worker that
-- runs it beats a heartbeat, and a job whose worker died is picked up again or failed.
ALTER TABLE "ImportJob" ADD COLUMN "input" JSONB;
ALTER TABLE "ImportJob" ADD COLUMN "heartbeatAt" TIMESTAMP(3);
ALTER TABLE "ImportJob" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "ImportJob_status_heartbeatAt_idx" ON "ImportJob"("status", "heartbeatAt");

-- Rate-limit counters shared by every API process (not tenant data: keys are users and addresses).
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "RateLimitCounter_resetAt_idx" ON "RateLimitCounter"("resetAt");
