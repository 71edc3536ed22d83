-- Reminders (issue 14 item 7): the day a login's digest mail was last sent. The daily job claims
-- the day with a conditional update, so a second run (another process, a retry) sends nothing.
ALTER TABLE "OrganisationMember" ADD COLUMN "lastReminderDigestOn" DATE;
