// Small builders so tests read like the brochure's practice cases.
import type { TDevelopmentTarget, TMemberInput, TRequirement, TTeamInput } from '../src/contracts/inputs.js';
import type { AreaId } from '../src/model/areas.js';
import type { LevelId } from '../src/model/levels.js';

export function member(employeeId: string, overrides: Partial<TMemberInput> = {}): TMemberInput {
  return { employeeId, fte: 1, levels: {}, competencies: {}, circles: [], development: [], ...overrides };
}

export function areaReq(id: string, area: AreaId, minLevel: LevelId, count = 1): TRequirement {
  return { id, kind: 'area', area, minLevel, count };
}

export function roleReq(id: string, roleId: string, count = 1): TRequirement {
  return { id, kind: 'role', roleId, count };
}

export function target(
  area: AreaId,
  level: LevelId,
  expectedDate: string | null,
  extra: Partial<TDevelopmentTarget> = {},
): TDevelopmentTarget {
  return { source: 'action', area, level, expectedDate, ...extra };
}

export function team(members: TMemberInput[], requirements: TRequirement[], teamId = 't1'): TTeamInput {
  return { teamId, siteId: null, members, requirements };
}
