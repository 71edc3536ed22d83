import type {
  TExemptionInput,
  TSiteRequirementVersion,
  TSiteTeamInput,
  TSiteTrendInput,
  TTeamInput,
} from '@teamspiegel/domain';
import type { Db } from '../plugins/app/prisma.ts';
import type { CoverageSnapshot } from './coverage-snapshot.ts';
import { exemptionInput } from './exemptions.ts';

/**
 * Rule 18 in the trend (rule 6): the site requirements of a window with their history
 * (SiteRequirementVersion, written by a trigger), the sites' archive dates and the teams whose
 * people work there (archived ones too: they supplied people until they were archived).
 */
export type SiteTrendRows = {
  siteIds: string[];
  versionsOf: Map<string, TSiteRequirementVersion[]>;
  /** The site's archive moment (null: current): an archived site is no longer measured. */
  archivedAt: Map<string, Date | null>;
  /** The site's teams, current and archived. */
  teamIdsOf: Map<string, string[]>;
  /**
   * Exemptions from site requirements (the whole site's and a person's, rule 17), per site, with
   * their periods, ended ones too: each month applies those running on its day.
   */
  exemptionsOf: Map<string, TExemptionInput[]>;
};

/**
 * Loads, in three queries, the versions valid at some time in [windowStart, now] of the sites in
 * scope (null: every site of the organisation), those sites' archive dates and their exemptions.
 */
export async function loadSiteTrendRows(
  db: Db,
  snapshot: CoverageSnapshot,
  siteIds: readonly string[] | null,
  windowStart: Date,
  now: Date,
): Promise<SiteTrendRows> {
  const organisationId = snapshot.organisationId;
  const versions =
    siteIds !== null && siteIds.length === 0
      ? []
      : await db.siteRequirementVersion.findMany({
          where: {
            organisationId,
            ...(siteIds === null ? {} : { siteId: { in: [...siteIds] } }),
            validFrom: { lte: now },
            OR: [{ validTo: null }, { validTo: { gt: windowStart } }],
          },
          select: {
            siteId: true,
            siteRequirementId: true,
            certificateTypeId: true,
            count: true,
            validFrom: true,
            validTo: true,
          },
          orderBy: [{ siteId: 'asc' }, { validFrom: 'asc' }],
        });
  const versionsOf = new Map<string, TSiteRequirementVersion[]>();
  for (const row of versions) {
    const list = versionsOf.get(row.siteId) ?? [];
    list.push({
      requirement: {
        id: row.siteRequirementId,
        kind: 'certificate',
        certificateTypeId: row.certificateTypeId,
        count: row.count,
      },
      validFrom: row.validFrom,
      validTo: row.validTo,
    });
    versionsOf.set(row.siteId, list);
  }
  const measured = [...versionsOf.keys()];
  const [sites, exemptions] =
    measured.length === 0
      ? [[], []]
      : await Promise.all([
          db.site.findMany({
            where: { organisationId, id: { in: measured } },
            select: { id: true, archivedAt: true },
          }),
          db.requirementExemption.findMany({
            where: {
              organisationId,
              siteId: { in: measured },
              startsOn: { lte: now },
              endsOn: { gte: windowStart },
              OR: [{ endedAt: null }, { endedAt: { gte: windowStart } }],
            },
            select: {
              id: true,
              siteId: true,
              siteRequirementId: true,
              employeeId: true,
              startsOn: true,
              endsOn: true,
              endedAt: true,
            },
          }),
        ]);
  const exemptionsOf = new Map<string, TExemptionInput[]>();
  for (const row of exemptions) {
    if (row.siteId === null) continue;
    const list = exemptionsOf.get(row.siteId) ?? [];
    list.push(exemptionInput(row));
    exemptionsOf.set(row.siteId, list);
  }
  const teamIdsOf = new Map<string, string[]>(measured.map((id) => [id, []]));
  for (const [teamId, team] of [...snapshot.teams, ...snapshot.archivedTeams]) {
    teamIdsOf.get(team.siteId)?.push(teamId);
  }
  return {
    siteIds: measured,
    versionsOf,
    archivedAt: new Map(sites.map((site) => [site.id, site.archivedAt])),
    teamIdsOf,
    exemptionsOf,
  };
}

/** The sites of some teams (current or archived). */
export function sitesOfTeams(snapshot: CoverageSnapshot, teamIds: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const teamId of teamIds) {
    const siteId = (snapshot.teams.get(teamId) ?? snapshot.archivedTeams.get(teamId))?.siteId;
    if (siteId) ids.add(siteId);
  }
  return [...ids];
}

/** Every team of the measured sites: their people must be loaded with the trend's rows. */
export function siteTeamIds(rows: SiteTrendRows): string[] {
  return [...rows.teamIdsOf.values()].flat();
}

/**
 * The sites at one moment: a site archived by then is not measured; a team archived by then
 * supplies nobody (rule 18); `teams` are the trend's team inputs at the moment (the members then,
 * with the certificates held then), the teams that did not exist in the month already left out.
 */
export function trendSitesAt(
  rows: SiteTrendRows,
  teams: readonly TTeamInput[],
  teamArchivedAt: (teamId: string) => Date | null,
  at: Date,
): TSiteTrendInput[] {
  const teamById = new Map(teams.map((team) => [team.teamId, team]));
  const sites: TSiteTrendInput[] = [];
  for (const siteId of rows.siteIds) {
    const archivedAt = rows.archivedAt.get(siteId) ?? null;
    if (archivedAt !== null && archivedAt <= at) continue;
    const siteTeams: TSiteTeamInput[] = [];
    for (const teamId of rows.teamIdsOf.get(siteId) ?? []) {
      const team = teamById.get(teamId);
      if (!team) continue;
      const archived = teamArchivedAt(teamId);
      siteTeams.push({ teamId, archived: archived !== null && archived <= at, members: team.members });
    }
    const exemptions = rows.exemptionsOf.get(siteId);
    sites.push({
      siteId,
      teams: siteTeams,
      versions: rows.versionsOf.get(siteId) ?? [],
      ...(exemptions && exemptions.length > 0 ? { exemptions } : {}),
    });
  }
  return sites;
}
