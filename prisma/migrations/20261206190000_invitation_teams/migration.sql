-- CreateTable
CREATE TABLE "InvitationTeam" (
    "organisationId" UUID NOT NULL,
    "invitationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvitationTeam_pkey" PRIMARY KEY ("organisationId","invitationId","teamId")
);

-- CreateIndex
CREATE INDEX "InvitationTeam_organisationId_teamId_idx" ON "InvitationTeam"("organisationId", "teamId");

-- AddForeignKey
ALTER TABLE "InvitationTeam" ADD CONSTRAINT "InvitationTeam_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationTeam" ADD CONSTRAINT "InvitationTeam_organisationId_invitationId_fkey" FOREIGN KEY ("organisationId", "invitationId") REFERENCES "Invitation"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationTeam" ADD CONSTRAINT "InvitationTeam_organisationId_teamId_fkey" FOREIGN KEY ("organisationId", "teamId") REFERENCES "Team"("organisationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenant data like every other table: the same row-level-security policy as in
-- 20261206130000_row_level_security (the app role sees and writes only its request's organisation).
ALTER TABLE "InvitationTeam" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "InvitationTeam"
  USING ("organisationId" = "app_current_organisation"())
  WITH CHECK ("organisationId" = "app_current_organisation"());
