import {
  certificateProjectionHorizon,
  computeSiteCoverage,
  type TSiteCoverage,
  type TSiteTeamInput,
} from '@teamspiegel/domain';
import { can } from '@teamspiegel/domain/access';
import type { TSiteCoverageView } from '@teamspiegel/domain/api/coverage';
import { compareNl } from '../lib/compare-nl.ts';
import type { Actor } from '../plugins/app/auth.ts';
import type { CoverageSnapshot } from './coverage-snapshot.ts';

/**
 * Rule 18: the certificate coverage of each site in scope that has requirements, measured over the
 * people of all its current teams (not only the caller's: the requirement is the whole site's).
 */
export function siteCoverages(
  snapshot: CoverageSnapshot,
  siteIds: Iterable<string> | null,
  onlySiteId: string | null = null,
): TSiteCoverage[] {
  const wanted = [...(siteIds ?? snapshot.siteRequirements.keys())].filter(
    (id) => snapshot.siteRequirements.has(id) && snapshot.sites.has(id) && (!onlySiteId || id === onlySiteId),
  );
  if (wanted.length === 0) return [];
  // Archived teams are not in snapshot.teams: they supply nobody.
  const teamsBySite = new Map<string, TSiteTeamInput[]>();
  for (const team of snapshot.teams.values()) {
    const list = teamsBySite.get(team.siteId) ?? [];
    list.push(team);
    teamsBySite.set(team.siteId, list);
  }
  const projectionHorizon = certificateProjectionHorizon(snapshot.measuredOn);
  return wanted.sort().map((siteId) =>
    computeSiteCoverage({
      siteId,
      teams: teamsBySite.get(siteId) ?? [],
      requirements: snapshot.siteRequirements.get(siteId) ?? [],
      exemptions: snapshot.siteExemptions.get(siteId) ?? [],
      measuredOn: snapshot.measuredOn,
      projectionHorizon,
    }),
  );
}

export function siteCoverageViews(snapshot: CoverageSnapshot, sites: TSiteCoverage[]): TSiteCoverageView[] {
  return sites
    .map((site) => ({
      siteId: site.siteId,
      siteName: snapshot.sites.get(site.siteId) ?? '',
      people: site.people,
      exempt: site.summary.exempt ?? 0,
      requirements: site.requirements.map((rc) => {
        const certificateTypeId =
          rc.requirement.kind === 'certificate' ? rc.requirement.certificateTypeId : '';
        return {
          requirementId: rc.requirement.id,
          certificateTypeId,
          certificateLabel: snapshot.certificateLabels.get(certificateTypeId) ?? null,
          count: rc.requirement.count,
          headcount: rc.supply.headcount,
          gap: rc.gap,
          status: rc.status,
          severity: rc.severity,
          projected: {
            headcount: rc.projected.supply.headcount,
            gap: rc.projected.gap,
            status: rc.projected.status,
          },
          lapsing: rc.lapsing?.length ?? 0,
          pipeline: rc.pipeline.length,
          exemptHolders: rc.exemptHolders?.length ?? 0,
          ...(rc.exemption ? { exemption: rc.exemption } : {}),
        };
      }),
    }))
    .sort((a, b) => compareNl(a.siteName, b.siteName));
}

/** Rule 18: the sites whose requirements the actor sees: all (null) organisation-wide, else her teams' sites. */
export function siteScope(actor: Actor, siteTeamCounts: Map<string, number>): Iterable<string> | null {
  return can(actor.role, 'coverage.read.overview', 'organisation') ? null : siteTeamCounts.keys();
}
