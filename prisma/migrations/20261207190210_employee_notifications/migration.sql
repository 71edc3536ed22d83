-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('level_validated', 'level_adjusted', 'action_planned', 'request_declined');

-- CreateEnum
CREATE TYPE "DevelopmentRequestStatus" AS ENUM ('open', 'planned', 'declined');

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "area" "Area",
    "level" "Level",
    "note" TEXT,
    "developmentActionId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("organisationId","id")
);

-- CreateTable
CREATE TABLE "DevelopmentRequest" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "employeeId" UUID NOT NULL,
    "type" "DevelopmentActionType" NOT NULL,
    "area" "Area" NOT NULL,
    "targetLevel" "Level" NOT NULL,
    "note" TEXT,
    "status" "DevelopmentRequestStatus" NOT NULL DEFAULT 'open',
    "answer" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DevelopmentRequest_pkey" PRIMARY KEY ("organisationId","id")
);

-- CreateIndex
CREATE INDEX "Notification_organisationId_employeeId_createdAt_idx" ON "Notification"("organisationId", "employeeId", "createdAt");

-- CreateIndex
CREATE INDEX "DevelopmentRequest_organisationId_status_createdAt_idx" ON "DevelopmentRequest"("organisationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "DevelopmentRequest_organisationId_employeeId_idx" ON "DevelopmentRequest"("organisationId", "employeeId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organisationId_developmentActionId_fkey" FOREIGN KEY ("organisationId", "developmentActionId") REFERENCES "DevelopmentAction"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentRequest" ADD CONSTRAINT "DevelopmentRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentRequest" ADD CONSTRAINT "DevelopmentRequest_organisationId_employeeId_fkey" FOREIGN KEY ("organisationId", "employeeId") REFERENCES "Employee"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant data like every other table: the same row-level-security policy as in
-- 20261206130000_row_level_security (the app role sees and writes only its request's organisation).
ALTER TABLE "Notification" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Notification"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());
ALTER TABLE "DevelopmentRequest" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "DevelopmentRequest"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());

-- The employee's notifications are written by the database, in the transaction of the outcome, so
-- every path that decides one (the validation route, a bulk approval, the plan's one-click training,
-- an import) notifies her and none can forget to. One statement trigger per table, set-based.

-- A validated level that replaces her own self-assessment (closed at the same instant) is an outcome
-- of her validation request: the same level → validated, another level → adjusted, with the note.
CREATE FUNCTION "notify_level_decided"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "Notification" (id, "organisationId", "employeeId", kind, area, level, note, "createdAt")
  SELECT gen_random_uuid(), n."organisationId", n."employeeId",
         CASE WHEN n.level = p.level THEN 'level_validated' ELSE 'level_adjusted' END::"NotificationKind",
         n.area, n.level, n.comment, n."validFrom"
    FROM new_rows n
    JOIN "AreaLevel" p
      ON p."organisationId" = n."organisationId" AND p."employeeId" = n."employeeId" AND p.area = n.area
     AND p."validTo" = n."validFrom" AND p.status = 'self_assessed'
   WHERE n.status = 'validated';
  RETURN NULL;
END;
$$;
CREATE TRIGGER "notify_level_decided" AFTER INSERT ON "AreaLevel"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "notify_level_decided"();

-- An action planned (or started) for her: a notification, and her open requests for that area are
-- answered by it (status planned).
CREATE FUNCTION "notify_action_planned"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "Notification" (id, "organisationId", "employeeId", kind, area, level, "developmentActionId", "createdAt")
  SELECT gen_random_uuid(), n."organisationId", n."employeeId", 'action_planned', n.area, n."targetLevel", n.id, n."createdAt"
    FROM new_rows n
   WHERE n."employeeId" IS NOT NULL AND n.status IN ('planned', 'in_progress');
  UPDATE "DevelopmentRequest" r
     SET status = 'planned', "updatedAt" = now(), version = r.version + 1
    FROM new_rows n
   WHERE r."organisationId" = n."organisationId" AND r."employeeId" = n."employeeId"
     AND r.area = n.area AND r.status = 'open' AND n.status IN ('planned', 'in_progress');
  RETURN NULL;
END;
$$;
CREATE TRIGGER "notify_action_planned" AFTER INSERT ON "DevelopmentAction"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "notify_action_planned"();
