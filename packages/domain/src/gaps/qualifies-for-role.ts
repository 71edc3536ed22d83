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
  // A capped area (the trainee role: in_opleiding and nothing higher) is met only inside its band;
  // in an 'any' role a level above a cap disqualifies outright.
  let metAreas = 0;
  let aboveCap = false;
  for (const r of role.requirements) {
    const actual = member.levels[r.area] ?? null;
    const rank = actual === null ? 0 : LEVEL_RANK[actual];
    const max = r.maxLevel === undefined ? 4 : LEVEL_RANK[r.maxLevel];
    if (rank > max) aboveCap = true;
    if (rank >= LEVEL_RANK[r.minLevel] && rank <= max) metAreas++;
    else missingAreas.push({ area: r.area, required: r.minLevel, actual });
  }
  const anyRole = role.areaMatch === 'any' && role.requirements.length > 0;
  const areasOk = anyRole ? metAreas > 0 && !aboveCap : missingAreas.length === 0;
  const missing: Array<TMissingArea | TMissingCompetency> = areasOk ? [] : missingAreas;
  for (const c of role.competencies ?? []) {
    const actual = member.competencies[c.competency] ?? null;
    if (actual === null || actual < c.minScore) {
      missing.push({ competency: c.competency, required: c.minScore, actual });
    }
  }
  return { qualifies: missing.length === 0, missing };
}
