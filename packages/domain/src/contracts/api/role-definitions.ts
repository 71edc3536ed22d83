import { z } from 'zod';
import { ZAreaId, ZCompetencyId, ZCompetencyScore, ZLevelId } from '../model.js';
import { ZId, ZIsoDateTime, ZMultilineText, ZPageQuery, ZText } from './common.js';
import { ZCurrentLevels, ZTeamRef } from './employees.js';

/** `maxLevel` caps a level: the trainee role (stagiaire) is met only at in_opleiding. */
export const ZRoleAreaRequirement = z.object({
  area: ZAreaId,
  minLevel: ZLevelId,
  maxLevel: ZLevelId.optional(),
});
export type TRoleAreaRequirement = z.infer<typeof ZRoleAreaRequirement>;

export const ZRoleCompetencyRequirement = z.object({ competency: ZCompetencyId, minScore: ZCompetencyScore });
export type TRoleCompetencyRequirement = z.infer<typeof ZRoleCompetencyRequirement>;

/** Stable snake_case key, e.g. `pedagogisch_coach`. */
export const ZRoleKey = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(
    /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/,
    'Use snake_case: lower-case letters, digits and single underscores',
  );

const ZAreaRequirements = z
  .array(ZRoleAreaRequirement)
  .max(8)
  .refine((list) => new Set(list.map((r) => r.area)).size === list.length, 'Each area at most once');
const ZCompetencyRequirements = z
  .array(ZRoleCompetencyRequirement)
  .max(8)
  .refine(
    (list) => new Set(list.map((r) => r.competency)).size === list.length,
    'Each competency at most once',
  );

export const ZRoleDefinition = z.object({
  id: ZId,
  key: z.string(),
  labelNl: z.string(),
  labelEn: z.string(),
  descriptionNl: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  areaRequirements: z.array(ZRoleAreaRequirement),
  competencyRequirements: z.array(ZRoleCompetencyRequirement),
  /**
   * 'all': every area minimum must be met; 'any': one is enough. Read-only: 'any' only for
   * catalogue roles defined so in the domain package (stagiaire).
   */
  areaMatch: z.enum(['all', 'any']),
  fromCatalogue: z.boolean(),
  version: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TRoleDefinition = z.infer<typeof ZRoleDefinition>;

export const ZRoleDefinitionCreate = z.object({
  key: ZRoleKey,
  labelNl: ZText({ min: 1, max: 200 }),
  labelEn: ZText({ min: 1, max: 200 }),
  descriptionNl: ZMultilineText({ max: 2000 }).nullish(),
  descriptionEn: ZMultilineText({ max: 2000 }).nullish(),
  areaRequirements: ZAreaRequirements,
  competencyRequirements: ZCompetencyRequirements.optional(),
  /** 'all' (default): every area minimum; 'any': at least one of them. */
  areaMatch: z.enum(['all', 'any']).optional(),
});
export type TRoleDefinitionCreate = z.infer<typeof ZRoleDefinitionCreate>;

export const ZRoleDefinitionUpdate = ZRoleDefinitionCreate.partial().extend({
  version: z.number().int().min(1).optional(),
});
export type TRoleDefinitionUpdate = z.infer<typeof ZRoleDefinitionUpdate>;

export const ZRoleDefinitionListQuery = ZPageQuery.extend({
  /** Matches key and both labels. */
  q: ZText({ max: 200 }).optional(),
});
export type TRoleDefinitionListQuery = z.infer<typeof ZRoleDefinitionListQuery>;

export const ZQualifiedEmployeesQuery = ZPageQuery.extend({
  /** Only current members of this team. */
  teamId: ZId.optional(),
  /**
   * Like coverage (docs/coverage-rules.md, rule 4), only validated levels count; `pending` counts
   * pending self-assessments as if approved.
   */
  include: z.enum(['pending']).optional(),
});
export type TQualifiedEmployeesQuery = z.infer<typeof ZQualifiedEmployeesQuery>;

/** An active employee who meets the role's area and competency minimums today (validated levels). */
export const ZQualifiedEmployee = z.object({
  id: ZId,
  fullName: z.string(),
  jobTitle: z.string().nullable(),
  fte: z.number(),
  teams: z.array(ZTeamRef),
  levels: ZCurrentLevels,
});
export type TQualifiedEmployee = z.infer<typeof ZQualifiedEmployee>;
