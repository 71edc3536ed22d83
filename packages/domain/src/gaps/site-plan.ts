import type { TRequirementCoverage } from '../contracts/outputs.js';

/**
 * A person at a site who could take a course for one of its certificate requirements (rule 18):
 * `lapsing` — her certificate (or exemption) ends before the projection's horizon, a refresher keeps
 * her; `none` — she holds no valid one.
 */
export type TSiteCourseCandidate = { employeeId: string; reason: 'lapsing' | 'none' };

/**
 * Who the plan offers a course to for a site's certificate requirement: everyone working at the
 * site (`siteMembers`), except those who still count at the horizon and those already in the
 * pipeline (a planned course aimed at the type). Lapsing holders first — a refresher is the quicker
 * step and keeps a holder — then in the people's given order.
 */
export function siteCourseCandidates(
  people: readonly { readonly employeeId: string }[],
  coverage: Pick<TRequirementCoverage, 'suppliers' | 'lapsing' | 'pipeline'>,
): TSiteCourseCandidate[] {
  const holders = new Set(coverage.suppliers.map((supplier) => supplier.employeeId));
  const lapsing = new Set((coverage.lapsing ?? []).map((supplier) => supplier.employeeId));
  const planned = new Set(coverage.pipeline.map((entry) => entry.employeeId));
  const candidates: TSiteCourseCandidate[] = [];
  for (const { employeeId } of people) {
    if (planned.has(employeeId)) continue;
    if (lapsing.has(employeeId)) candidates.push({ employeeId, reason: 'lapsing' });
    else if (!holders.has(employeeId)) candidates.push({ employeeId, reason: 'none' });
  }
  // Stable: the people's order within each reason.
  return candidates.sort((a, b) => Number(a.reason === 'none') - Number(b.reason === 'none'));
}
