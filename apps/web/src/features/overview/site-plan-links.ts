import type { TSiteCoverageView } from '@teamspiegel/domain/api/coverage';

/**
 * Rule 18: where the "Locaties" table's "Plannen" leads for each site requirement that is a gap
 * today — the development plan's gaps of that site, where HR plans a course or a vacancy. Keyed by
 * requirement id; requirements that are no gap (the plan lists none of them) get no link.
 */
export function sitePlanLinks(sites: readonly TSiteCoverageView[]): Map<string, string> {
  const links = new Map<string, string>();
  for (const site of sites) {
    for (const requirement of site.requirements) {
      if (requirement.status !== 'gap') continue;
      links.set(
        requirement.requirementId,
        `/ontwikkelplan?locatie=${encodeURIComponent(site.siteId)}#gaps-title`,
      );
    }
  }
  return links;
}
