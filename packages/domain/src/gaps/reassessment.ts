import type { TMemberInput, TTeamInput } from '../contracts/inputs.js';
import type { AreaId } from '../model/areas.js';
import { reassessmentStatus } from '../model/reassessment.js';

/** The reassessment cycle the figures are computed with, and the day they are measured on. */
export type TOverdueFilter = { readonly cycleMonths: number | null; readonly on: string };

/**
 * The member without her levels that are overdue for reassessment on `on` (rule 16): coverage
 * "zonder verlopen niveaus" counts them as absent. The same object when none is overdue, so a
 * caller keeps its memo for unchanged members.
 */
export function withoutOverdueLevels(member: TMemberInput, filter: TOverdueFilter): TMemberInput {
  const validatedOn = member.levelsValidatedOn;
  if (filter.cycleMonths === null || validatedOn === undefined) return member;
  let levels: TMemberInput['levels'] | null = null;
  for (const area of Object.keys(member.levels) as AreaId[]) {
    const on = validatedOn[area];
    if (on === undefined || reassessmentStatus(on, filter.cycleMonths, filter.on) !== 'overdue') continue;
    levels ??= { ...member.levels };
    delete levels[area];
  }
  return levels === null ? member : { ...member, levels };
}

/** The team with every member's overdue levels left out; the same object when nothing changes. */
export function teamWithoutOverdueLevels<T extends TTeamInput>(team: T, filter: TOverdueFilter): T {
  let members: TMemberInput[] | null = null;
  for (let i = 0; i < team.members.length; i++) {
    const member = team.members[i] as TMemberInput;
    const kept = withoutOverdueLevels(member, filter);
    if (kept === member) continue;
    members ??= team.members.slice();
    members[i] = kept;
  }
  return members === null ? team : { ...team, members };
}

/** How many validated levels of the members are overdue on the filter's day (each area once). */
export function countOverdueLevels(members: readonly TMemberInput[], filter: TOverdueFilter): number {
  if (filter.cycleMonths === null) return 0;
  let overdue = 0;
  for (const member of members) {
    const validatedOn = member.levelsValidatedOn;
    if (validatedOn === undefined) continue;
    for (const area of Object.keys(member.levels) as AreaId[]) {
      const on = validatedOn[area];
      if (on !== undefined && reassessmentStatus(on, filter.cycleMonths, filter.on) === 'overdue') overdue++;
    }
  }
  return overdue;
}
