-- Certificates are coverage inputs too (docs/coverage-rules.md, rule 10): their writes enter the
-- change log of 20261206220000_coverage_change_log like every other input, so a cached snapshot
-- reloads the person whose certificate changed, and a catalogue change reloads in full (as a role's).
DO $$
DECLARE
  spec text[];
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ARRAY['PersonCertificate', 'employee', 'employeeId', ''],
    ARRAY['CertificateType', 'role', '', '']
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER "coverage_change_insert" AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION "coverage_change_log"(%L, %L, %L)',
      spec[1], spec[2], spec[3], spec[4]);
    EXECUTE format(
      'CREATE TRIGGER "coverage_change_update" AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION "coverage_change_log"(%L, %L, %L)',
      spec[1], spec[2], spec[3], spec[4]);
    EXECUTE format(
      'CREATE TRIGGER "coverage_change_delete" AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION "coverage_change_log"(%L, %L, %L)',
      spec[1], spec[2], spec[3], spec[4]);
  END LOOP;
END;
$$;
