import { Prisma } from '../generated/prisma/client.ts';
import type { Area, DevelopmentActionType, Level } from '../generated/prisma/enums.ts';
import { dateOfEpochMs, epochMs, ofIds, type PackedScope, packedJson } from './coverage-snapshot-packed.ts';

/*
 * The snapshot's inputs with names or several optional columns (teams, sites, actions, certificates,
 * exemptions, site requirements) as packed queries of JSON arrays, so that a patch reads them in
 * the same one statement as the packed text tables (`readPackedTogether`). Dates travel as epoch
 * milliseconds, so each Date is the one Prisma returned; the rows come in the Prisma queries'
 * order. `test/services/coverage-snapshot-packed.test.ts` holds each equal to the Prisma query it replaced.
 */

const dayOf = (day: string) => Prisma.sql`${day}::date`;
/** `<column> = ANY(ids)`, or for all rows (null) `<column> IS NOT NULL`. */
const ofIdsOrAnyOwner = (column: string, ids: string[] | null) =>
  ids === null
    ? Prisma.raw(`"${column}" IS NOT NULL`)
    : Prisma.sql`${Prisma.raw(`"${column}"`)} = ANY(${ids}::uuid[])`;

type TeamScope = { organisationId: string; teamIds: string[] | null; day: string };

/** The teams (archived too): id, site, name, when archived. */
export function packedTeams({ organisationId, teamIds }: TeamScope) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array(id, "siteId", name, ${epochMs('archivedAt')})) AS packed FROM "Team"
      WHERE "organisationId" = ${organisationId}::uuid ${ofIds('id', teamIds)}`,
    ([id, siteId, name, archivedAt]: [string, string, string, number | null]) => ({
      id,
      siteId,
      name,
      archivedAt: dateOfEpochMs(archivedAt),
    }),
  );
}

/** The sites not archived: id, name. */
export function packedSites(organisationId: string) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array(id, name)) AS packed FROM "Site"
      WHERE "organisationId" = ${organisationId}::uuid AND "archivedAt" IS NULL`,
    ([id, name]: [string, string]) => ({ id, name }),
  );
}

/**
 * Rules 5 and 10: the people's open development actions with an area and level, or towards a
 * certificate; ordered by id. All people's actions for a whole organisation (employeeIds null).
 */
export function packedActions({ organisationId, employeeIds }: PackedScope) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array(id, "employeeId", area, "targetLevel", "targetCertificateTypeId",
          ${epochMs('expectedEndDate')}, type) ORDER BY id) AS packed
      FROM "DevelopmentAction" WHERE "organisationId" = ${organisationId}::uuid
      AND ${ofIdsOrAnyOwner('employeeId', employeeIds)}
      AND status IN ('planned', 'in_progress')
      AND ((area IS NOT NULL AND "targetLevel" IS NOT NULL) OR "targetCertificateTypeId" IS NOT NULL)`,
    ([id, employeeId, area, targetLevel, targetCertificateTypeId, expectedEndDate, type]: [
      string,
      string | null,
      Area | null,
      Level | null,
      string | null,
      number | null,
      DevelopmentActionType,
    ]) => ({
      id,
      employeeId,
      area,
      targetLevel,
      targetCertificateTypeId,
      expectedEndDate: dateOfEpochMs(expectedEndDate),
      type,
    }),
  );
}

/** Rule 5: open hires (werving) for a team with an area and level, ordered by id. */
export function packedVacancies({ organisationId, teamIds }: TeamScope) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array(id, "teamId", area, "targetLevel", ${epochMs('expectedEndDate')})
          ORDER BY id) AS packed
      FROM "DevelopmentAction" WHERE "organisationId" = ${organisationId}::uuid AND "employeeId" IS NULL
      AND type = 'werving'
      AND ${ofIdsOrAnyOwner('teamId', teamIds)}
      AND status IN ('planned', 'in_progress') AND area IS NOT NULL AND "targetLevel" IS NOT NULL`,
    ([id, teamId, area, targetLevel, expectedEndDate]: [
      string,
      string | null,
      Area | null,
      Level | null,
      number | null,
    ]) => ({
      id,
      teamId,
      area,
      targetLevel,
      expectedEndDate: dateOfEpochMs(expectedEndDate),
    }),
  );
}

/** Rule 10: validated certificates obtained by the day and not expired before it, by type and id. */
export function packedCertificates({ organisationId, employeeIds, day }: PackedScope) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array("employeeId", "certificateTypeId", ${epochMs('expiresOn')})
          ORDER BY "certificateTypeId", id) AS packed
      FROM "PersonCertificate" WHERE "organisationId" = ${organisationId}::uuid ${ofIds('employeeId', employeeIds)}
      AND status = 'validated' AND "obtainedOn" <= ${dayOf(day)}
      AND ("expiresOn" IS NULL OR "expiresOn" >= ${dayOf(day)})`,
    ([employeeId, certificateTypeId, expiresOn]: [string, string, number | null]) => ({
      employeeId,
      certificateTypeId,
      expiresOn: dateOfEpochMs(expiresOn),
    }),
  );
}

/** Rule 17: team exemptions not ended and running on the day or later, ordered by id. */
export function packedExemptions({ organisationId, teamIds, day }: TeamScope) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array(id, "teamId", "requirementId", "employeeId",
          ${epochMs('startsOn')}, ${epochMs('endsOn')}) ORDER BY id) AS packed
      FROM "RequirementExemption" WHERE "organisationId" = ${organisationId}::uuid
      AND ${ofIdsOrAnyOwner('teamId', teamIds)}
      AND "endedAt" IS NULL AND "endsOn" >= ${dayOf(day)}`,
    ([id, teamId, requirementId, employeeId, startsOn, endsOn]: [
      string,
      string | null,
      string | null,
      string | null,
      number,
      number,
    ]) => ({ id, teamId, requirementId, employeeId, startsOn: new Date(startsOn), endsOn: new Date(endsOn) }),
  );
}

const currentSites = (organisationId: string) =>
  Prisma.sql`"siteId" IN (SELECT id FROM "Site" WHERE "organisationId" = ${organisationId}::uuid AND "archivedAt" IS NULL)`;

/** Rule 18: the certificate requirements of the sites not archived, ordered by id. */
export function packedSiteRequirements(organisationId: string) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array(id, "siteId", "certificateTypeId", count) ORDER BY id) AS packed
      FROM "SiteRequirement" WHERE "organisationId" = ${organisationId}::uuid AND ${currentSites(organisationId)}`,
    ([id, siteId, certificateTypeId, count]: [string, string, string, number]) => ({
      id,
      siteId,
      certificateTypeId,
      count,
    }),
  );
}

/** Rule 17 on rule 18: exemptions from those sites' requirements, not ended, running on the day or later. */
export function packedSiteExemptions({ organisationId, day }: { organisationId: string; day: string }) {
  return packedJson(
    Prisma.sql`SELECT json_agg(json_build_array(id, "siteId", "siteRequirementId", "employeeId",
          ${epochMs('startsOn')}, ${epochMs('endsOn')}) ORDER BY id) AS packed
      FROM "RequirementExemption" WHERE "organisationId" = ${organisationId}::uuid
      AND "siteRequirementId" IS NOT NULL AND ${currentSites(organisationId)}
      AND "endedAt" IS NULL AND "endsOn" >= ${dayOf(day)}`,
    ([id, siteId, siteRequirementId, employeeId, startsOn, endsOn]: [
      string,
      string | null,
      string | null,
      string | null,
      number,
      number,
    ]) => ({
      id,
      siteId,
      siteRequirementId,
      employeeId,
      startsOn: new Date(startsOn),
      endsOn: new Date(endsOn),
    }),
  );
}
