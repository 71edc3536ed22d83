import { z } from 'zod';
import { ZAreaId, ZCircleId, ZCompetencyId, ZCompetencyScore, ZLevelId } from '../model.js';
import { ZAmbition, ZAmbitionFields } from './ambitions.js';
import { ZAreaLevel } from './area-levels.js';
import { ZId, ZIsoDate } from './common.js';
import { ZCompetencyRating } from './competency-ratings.js';
import { ZContactDescription, ZPartnerName, ZSurroundingsContact } from './surroundings-contacts.js';

export const ZProfileEmployee = z.object({
  id: ZId,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  jobTitle: z.string().nullable(),
  fte: z.number(),
  active: z.boolean(),
  startDate: ZIsoDate.nullable(),
});

export const ZProfileTeam = z.object({
  id: ZId,
  name: z.string(),
  kind: z.string(),
  siteId: ZId,
  siteName: z.string(),
  roleInTeam: z.string().nullable(),
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable(),
});

export const ZProfileRoleAssignment = z.object({
  id: ZId,
  roleDefinitionId: ZId,
  key: z.string(),
  labelNl: z.string(),
  labelEn: z.string(),
  teamId: ZId.nullable(),
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable(),
});

/** The caller's own profile (GET/PUT /api/me/profile); `version` is also sent as the ETag. */
export const ZProfile = z.object({
  employee: ZProfileEmployee,
  version: z.number().int(),
  /** Current levels only, each with its status (self_assessed or validated). */
  areaLevels: z.array(ZAreaLevel),
  competencyRatings: z.array(ZCompetencyRating),
  surroundingsContacts: z.array(ZSurroundingsContact),
  ambitions: z.array(ZAmbition),
  roleAssignments: z.array(ZProfileRoleAssignment),
  teams: z.array(ZProfileTeam),
});
export type TProfile = z.infer<typeof ZProfile>;

/** Flags the second of two items with the same key (items whose key is undefined never clash). */
function uniqueBy<T>(key: (item: T) => string | undefined, message: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (k === undefined) return;
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index], message });
      seen.add(k);
    });
  };
}

export const ZProfileAmbitionInput = ZAmbitionFields.extend({
  /** Present for an ambition that exists (it is updated); absent for a new one. */
  id: ZId.optional(),
});

/**
 * Replaces the caller's levels, competencies, surroundings contacts and ambitions at once.
 * Levels are recorded as self-assessed (unchanged ones untouched; omitted ones closed); omitted
 * ratings, contacts and ambitions are removed. Needs the version read (If-Match or `version`).
 */
export const ZProfileUpdate = z.object({
  version: z.number().int().min(1).optional(),
  areaLevels: z
    .array(z.object({ area: ZAreaId, level: ZLevelId }))
    .max(8)
    .superRefine(uniqueBy((item) => item.area, 'area listed twice')),
  competencyRatings: z
    .array(z.object({ competency: ZCompetencyId, score: ZCompetencyScore }))
    .max(8)
    .superRefine(uniqueBy((item) => item.competency, 'competency listed twice')),
  surroundingsContacts: z
    .array(
      z.object({ circle: ZCircleId, partnerName: ZPartnerName, description: ZContactDescription.nullish() }),
    )
    .max(100)
    .superRefine(uniqueBy((item) => `${item.circle}\u0000${item.partnerName}`, 'contact listed twice')),
  ambitions: z
    .array(ZProfileAmbitionInput)
    .max(50)
    .superRefine(uniqueBy((item) => item.id, 'ambition listed twice')),
});
export type TProfileUpdate = z.input<typeof ZProfileUpdate>;
