import { z } from 'zod';
import { ZAreaId, ZCircleId, ZCompetencyId, ZCompetencyScore, ZLevelId } from '../model.js';
import { ZId, ZIsoDateTime, ZMultilineText, ZPageQuery } from './common.js';

/** How many people (or role holders) a line asks for; 0 keeps a line visible without demanding anyone. */
export const ZRequirementCount = z.number().int().min(0).max(50);
export const ZRequirementKind = z.enum(['area', 'role', 'competency', 'circle', 'certificate']);
export type TRequirementKind = z.infer<typeof ZRequirementKind>;

const note = ZMultilineText({ max: 1000 }).nullish();

const ZAreaLine = z.object({
  kind: z.literal('area'),
  area: ZAreaId,
  minLevel: ZLevelId,
  count: ZRequirementCount,
  note,
});
const ZRoleLine = z.object({
  kind: z.literal('role'),
  roleDefinitionId: ZId,
  count: ZRequirementCount,
  note,
});
const ZCompetencyLine = z.object({
  kind: z.literal('competency'),
  competency: ZCompetencyId,
  minScore: ZCompetencyScore,
  count: ZRequirementCount,
  note,
});
const ZCircleLine = z.object({
  kind: z.literal('circle'),
  circle: ZCircleId,
  count: ZRequirementCount,
  note,
});

/** "≥ N holders of a valid, validated certificate of this type" (docs/coverage-rules.md, rule 10). */
const ZCertificateLine = z.object({
  kind: z.literal('certificate'),
  certificateTypeId: ZId,
  count: ZRequirementCount,
  note,
});

/** One line of a team's target profile; which fields it has depends on `kind`. */
export const ZTeamRequirementLine = z.discriminatedUnion('kind', [
  ZAreaLine,
  ZRoleLine,
  ZCompetencyLine,
  ZCircleLine,
  ZCertificateLine,
]);
export type TTeamRequirementLine = z.infer<typeof ZTeamRequirementLine>;

export const ZTeamRequirementCreate = z.discriminatedUnion('kind', [
  ZAreaLine.extend({ teamId: ZId }),
  ZRoleLine.extend({ teamId: ZId }),
  ZCompetencyLine.extend({ teamId: ZId }),
  ZCircleLine.extend({ teamId: ZId }),
  ZCertificateLine.extend({ teamId: ZId }),
]);
export type TTeamRequirementCreate = z.infer<typeof ZTeamRequirementCreate>;

const version = z.number().int().min(1).optional();

/**
 * PATCH replaces the line's content (kind and its fields; the team stays). Send the whole line,
 * with `version` or If-Match to avoid overwriting a newer version.
 */
export const ZTeamRequirementUpdate = z.discriminatedUnion('kind', [
  ZAreaLine.extend({ version }),
  ZRoleLine.extend({ version }),
  ZCompetencyLine.extend({ version }),
  ZCircleLine.extend({ version }),
  ZCertificateLine.extend({ version }),
]);
export type TTeamRequirementUpdate = z.infer<typeof ZTeamRequirementUpdate>;

/** The stored line: the columns of other kinds are null. */
export const ZTeamRequirement = z.object({
  id: ZId,
  teamId: ZId,
  kind: ZRequirementKind,
  area: ZAreaId.nullable(),
  minLevel: ZLevelId.nullable(),
  roleDefinitionId: ZId.nullable(),
  competency: ZCompetencyId.nullable(),
  minScore: z.number().int().nullable(),
  circle: ZCircleId.nullable(),
  certificateTypeId: ZId.nullable(),
  count: z.number().int(),
  note: z.string().nullable(),
  version: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TTeamRequirement = z.infer<typeof ZTeamRequirement>;

export const ZTeamRequirementListQuery = ZPageQuery.extend({
  teamId: ZId.optional(),
  kind: ZRequirementKind.optional(),
});

/** PUT /api/teams/:id/requirements: the team's whole target profile, replaced in one transaction. */
export const ZTeamRequirementsReplace = z.object({
  requirements: z.array(ZTeamRequirementLine).max(200),
  /** The team's version (ETag of GET /api/teams/:id/requirements); If-Match works too. */
  version: z.number().int().min(1).optional(),
});
export type TTeamRequirementsReplace = z.infer<typeof ZTeamRequirementsReplace>;

/** A team's target profile; `version` is the team's version (it moves when the profile is replaced). */
export const ZTeamRequirementProfile = z.object({
  teamId: ZId,
  version: z.number().int(),
  requirements: z.array(ZTeamRequirement),
});
export type TTeamRequirementProfile = z.infer<typeof ZTeamRequirementProfile>;
