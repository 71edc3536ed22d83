import type { TMemberInput, TRoleDefinition } from '../contracts/inputs.js';
import type { TMissingArea, TMissingCompetency, TRoleQualification } from '../contracts/outputs.js';
import { LEVEL_RANK } from '../model/levels.js';

/**
 * Whether a member meets a role's area and competency minimums, and what is missing.
 * For an 'any' role (stagiaire) that fails, every area minimum is listed as missing.
 */
export function qualifiesForRole(
  member: Pick<TMemberInput, 'levels' | 'competencies'>,
  role: Pick<TRoleDefinition, 'requirements' | 'competencies' | 'areaMatch'>,
): TRoleQualification {
  const missingAreas: TMissingArea[] = [];
  // A capped area (the trainee role: in_opleiding and nothing higher) is met only inside its band.
  let metAreas = 0;
  for (const r of role.requirements) {
    const actual = member.levels[r.area] ?? null;
    const max = r.maxLevel === undefined ? 4 : LEVEL_RANK[r.maxLevel];
    if (actual !== null && LEVEL_RANK[actual] >= LEVEL_RANK[r.minLevel] && LEVEL_RANK[actual] <= max) {
      metAreas++;
    } else missingAreas.push({ area: r.area, required: r.minLevel, actual });
  }
  const anyRole = role.areaMatch === 'any' && role.requirements.length > 0;
  const areasOk = anyRole ? metAreas > 0 : missingAreas.length === 0;
  const missing: Array<TMissingArea | TMissingCompetency> = areasOk ? [] : missingAreas;
  for (const c of role.competencies ?? []) {
    const actual = member.competencies[c.competency] ?? null;
    if (actual === null || actual < c.minScore) {
      missing.push({ competency: c.competency, required: c.minScore, actual });
    }
  }
  return { qualifies: missing.length === 0, missing };
}
