import type { Locale, TRequirement } from '@teamspiegel/domain';
import type { TTeamCoverageView } from '@teamspiegel/domain/api/coverage';
import { requirementTitle } from '@/lib/vocabulary';

export type WhatIfMember = {
  employeeId: string;
  name: string;
  levels: TTeamCoverageView['members'][number]['levels'];
};
export type WhatIfRequirement = { id: string; title: string; requirement: TRequirement };

/** The small, serialisable choices the what-if panel needs, labelled in the user's language. */
export function whatIfOptions(view: TTeamCoverageView, locale: Locale) {
  const members: WhatIfMember[] = view.members.map((m) => ({
    employeeId: m.employeeId,
    name: m.name,
    levels: m.levels,
  }));
  const requirements: WhatIfRequirement[] = view.requirements
    .map((r) => ({
      id: r.requirement.id,
      title: requirementTitle(r.requirement, r.roleLabel, locale),
      requirement: r.requirement,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
  return { members, requirements };
}
