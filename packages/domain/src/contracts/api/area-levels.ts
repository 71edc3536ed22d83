import { z } from 'zod';
import { ZAreaId, ZLevelId } from '../model.js';
import { ZId, ZIsoDateTime, ZMultilineText, ZPageQuery, ZQueryBoolean } from './common.js';

/** self_assessed: stated by the employee; validated: confirmed or set by a manager or HR. */
export const ZAssessmentStatus = z.enum(['self_assessed', 'validated']);
export type TAssessmentStatus = z.infer<typeof ZAssessmentStatus>;

/** One row of a person's level history in one coverage area. */
export const ZAreaLevel = z.object({
  id: ZId,
  employeeId: ZId,
  area: ZAreaId,
  level: ZLevelId,
  status: ZAssessmentStatus,
  validFrom: ZIsoDateTime,
  /** null for the current (open) row. */
  validTo: ZIsoDateTime.nullable(),
  isCurrent: z.boolean(),
  assessedByUserId: ZId.nullable(),
  validatedByUserId: ZId.nullable(),
  validatedAt: ZIsoDateTime.nullable(),
  comment: z.string().nullable(),
});
export type TAreaLevel = z.infer<typeof ZAreaLevel>;

export const ZAreaLevelListQuery = ZPageQuery.extend({
  employeeId: ZId.optional(),
  area: ZAreaId.optional(),
  status: ZAssessmentStatus.optional(),
  /** true (default): only the open rows; false: the whole history. */
  current: ZQueryBoolean.default(true),
  /** Only people with a current membership of this team. */
  teamId: ZId.optional(),
});
export type TAreaLevelListQuery = z.input<typeof ZAreaLevelListQuery>;

export const ZAreaLevelHistoryQuery = ZPageQuery.extend({
  area: ZAreaId.optional(),
});
export type TAreaLevelHistoryQuery = z.input<typeof ZAreaLevelHistoryQuery>;

const ZComment = ZMultilineText({ min: 1, max: 2000 });

/** HR (anyone) or a manager (their team members) sets a validated level. */
export const ZAreaLevelCreate = z.object({
  employeeId: ZId,
  area: ZAreaId,
  level: ZLevelId,
  comment: ZComment.nullish(),
});
export type TAreaLevelCreate = z.infer<typeof ZAreaLevelCreate>;

/**
 * approve: the current self-assessed level becomes validated (a new row; history kept);
 * adjust: a validated row at `level` (required) is recorded, with the comment.
 */
export const ZAreaLevelValidate = z
  .object({
    decision: z.enum(['approve', 'adjust']),
    level: ZLevelId.optional(),
    comment: ZComment.nullish(),
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'adjust' && body.level === undefined) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'level is required to adjust' });
    }
  });
export type TAreaLevelValidate = z.infer<typeof ZAreaLevelValidate>;

/** A current self-assessed level waiting for a manager's or HR's decision. */
export const ZValidationQueueItem = ZAreaLevel.extend({
  employee: z.object({ id: ZId, firstName: z.string(), lastName: z.string() }),
  /** The level this self-assessment replaced (the row closed when it opened); null for a first level. */
  previousLevel: ZLevelId.nullable(),
});
export type TValidationQueueItem = z.infer<typeof ZValidationQueueItem>;
