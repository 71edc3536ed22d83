-- People administration (issue 12): a contract end date on the employee and an FTE share per team
-- membership. Both nullable: existing rows have no contract end and no share recorded.
ALTER TABLE "Employee" ADD COLUMN "endDate" DATE;
ALTER TABLE "TeamMembership" ADD COLUMN "fte" DOUBLE PRECISION;

ALTER TABLE "Employee" ADD CONSTRAINT "Employee_contract_period" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_fte_range" CHECK ("fte" IS NULL OR ("fte" > 0 AND "fte" <= 2));
