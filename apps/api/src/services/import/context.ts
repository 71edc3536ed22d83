import type { LevelId } from '@teamspiegel/domain';
import type { Db, Tx } from '../../plugins/app/prisma.ts';
import { norm, today } from './values.ts';

/** What the organisation holds now, for matching the file against it. */
export type ImportContext = {
  /** Archived teams and sites are listed too (`archived`): the file may name them, but nobody joins them. */
  teams: Array<{ id: string; name: string; siteId: string; siteName: string; archived: boolean }>;
  /** Normalised site name → site. */
  sites: Map<string, { id: string; name: string; archived: boolean }>;
  employees: Map<
    string,
    {
      id: string;
      email: string;
      firstName: string;
      lastName: string;
      jobTitle: string | null;
      fte: number;
      active: boolean;
      version: number;
    }
  >;
  /** `${employeeId}:${teamId}` of the memberships that have not ended (running today or later). */
  memberships: Set<string>;
  /** `${employeeId}:${area}` → current level. */
  levels: Map<string, LevelId>;
  /** The certificate catalogue by lower-case code. */
  certificateTypes: Map<string, { id: string; code: string; validityMonths: number | null }>;
  /** `${employeeId}:${certificateTypeId}:${obtainedOn}` of the certificates people hold (any status). */
  certificates: Set<string>;
};

/** The key that makes two certificates the same one: person, type and the day it was obtained. */
export const certificateKey = (employeeId: string, certificateTypeId: string, obtainedOn: string) =>
  `${employeeId}:${certificateTypeId}:${obtainedOn}`;

export async function loadImportContext(db: Db | Tx, organisationId: string): Promise<ImportContext> {
  const [teams, sites, employees, memberships, levels, certificateTypes, certificates] = await Promise.all([
    db.team.findMany({
      where: { organisationId },
      select: {
        id: true,
        name: true,
        siteId: true,
        archivedAt: true,
        site: { select: { name: true } },
      },
    }),
    db.site.findMany({ where: { organisationId }, select: { id: true, name: true, archivedAt: true } }),
    db.employee.findMany({
      where: { organisationId },
      select: {
        id: true,
        email: true,
        firstName: true,
        lastName: true,
        jobTitle: true,
        fte: true,
        active: true,
        version: true,
      },
    }),
    // Not ended: a membership that starts later counts too, so a re-import never adds a second one.
    db.teamMembership.findMany({
      where: { organisationId, OR: [{ endDate: null }, { endDate: { gte: today() } }] },
      select: { employeeId: true, teamId: true },
    }),
    db.areaLevel.findMany({
      where: { organisationId, isCurrent: true },
      select: { employeeId: true, area: true, level: true },
    }),
    db.certificateType.findMany({
      where: { organisationId },
      select: { id: true, code: true, validityMonths: true },
    }),
    db.personCertificate.findMany({
      where: { organisationId },
      select: { employeeId: true, certificateTypeId: true, obtainedOn: true },
    }),
  ]);
  return {
    teams: teams.map((team) => ({
      id: team.id,
      name: team.name,
      siteId: team.siteId,
      siteName: team.site.name,
      archived: team.archivedAt !== null,
    })),
    sites: new Map(
      sites.map((site) => [
        norm(site.name),
        { id: site.id, name: site.name, archived: site.archivedAt !== null },
      ]),
    ),
    employees: new Map(employees.map((employee) => [employee.email.trim().toLowerCase(), employee])),
    memberships: new Set(memberships.map((row) => `${row.employeeId}:${row.teamId}`)),
    levels: new Map(levels.map((row) => [`${row.employeeId}:${row.area}`, row.level])),
    certificateTypes: new Map(certificateTypes.map((type) => [type.code.toLowerCase(), type])),
    certificates: new Set(
      certificates.map((row) =>
        certificateKey(row.employeeId, row.certificateTypeId, row.obtainedOn.toISOString().slice(0, 10)),
      ),
    ),
  };
}
