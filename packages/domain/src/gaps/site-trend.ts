import type { TCertificateRequirement, TExemptionInput } from '../contracts/inputs.js';
import type { TCoverageSummary } from '../contracts/outputs.js';
import { requirementsAt, type TRequirementVersion } from './history.js';
import { computeSiteCoverage, type TSiteTeamInput } from './site-coverage.js';
import { compareStrings } from './targets.js';

/** One version of a site's certificate requirement (SiteRequirementVersion). */
export type TSiteRequirementVersion = TRequirementVersion<TCertificateRequirement>;

/**
 * A site at one measuring moment of the trend (rules 6 and 18): its teams with the members of then
 * (`archived` when the team was archived by then: it supplies nobody), every version of its
 * requirements, and person exemptions from them in the shape the site coverage takes (those running on
 * the moment's day apply).
 */
export type TSiteTrendInput = {
  readonly siteId: string;
  readonly teams: readonly TSiteTeamInput[];
  readonly versions: readonly TSiteRequirementVersion[];
  readonly exemptions?: readonly TExemptionInput[];
};

/** The site requirement figures of one trend point. */
export type TSiteTrendTotals = {
  requirements: number;
  covered: number;
  noMargin: number;
  singlePoints: number;
  gaps: number;
  exempt: number;
  totalGap: number;
};
export type TSiteTrendPoint = {
  totals: TSiteTrendTotals;
  /** Each site with requirements at the moment, in site id order. */
  bySite: Array<TSiteTrendTotals & { siteId: string }>;
};

const zero = (): TSiteTrendTotals => ({
  requirements: 0,
  covered: 0,
  noMargin: 0,
  singlePoints: 0,
  gaps: 0,
  exempt: 0,
  totalGap: 0,
});

function totalsOf(summary: TCoverageSummary): TSiteTrendTotals {
  return {
    requirements: summary.requirements,
    covered: summary.covered,
    noMargin: summary.noMargin,
    singlePoints: summary.singlePoints,
    gaps: summary.gaps,
    exempt: summary.exempt ?? 0,
    totalGap: summary.totalGap,
  };
}

/**
 * The site requirements of one trend point: each site measured at `at` against the requirement
 * versions valid then, over the people then, with the site coverage of rule 18 itself — so the last
 * point (measured now) equals today's site figures. A site without requirements then is not listed.
 */
export function siteTrendPoint(sites: readonly TSiteTrendInput[], at: Date): TSiteTrendPoint {
  const measuredOn = at.toISOString().slice(0, 10);
  const totals = zero();
  const bySite: TSiteTrendPoint['bySite'] = [];
  for (const site of [...sites].sort((a, b) => compareStrings(a.siteId, b.siteId))) {
    const requirements = requirementsAt(site.versions, null, at);
    if (requirements.length === 0) continue;
    const coverage = computeSiteCoverage({
      siteId: site.siteId,
      teams: site.teams,
      requirements,
      measuredOn,
      ...(site.exemptions === undefined ? {} : { exemptions: site.exemptions }),
    });
    const figures = totalsOf(coverage.summary);
    for (const key of Object.keys(totals) as Array<keyof TSiteTrendTotals>) totals[key] += figures[key];
    bySite.push({ siteId: site.siteId, ...figures });
  }
  return { totals, bySite };
}
