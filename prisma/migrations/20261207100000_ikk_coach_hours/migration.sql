-- Wet IKK (rule 15): the coach hours a year on a coach's role assignment.
ALTER TABLE "RoleAssignment" ADD COLUMN "coachHoursPerYear" DOUBLE PRECISION;
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_coachHoursPerYear_check"
  CHECK ("coachHoursPerYear" IS NULL OR ("coachHoursPerYear" >= 0 AND "coachHoursPerYear" <= 5000));
