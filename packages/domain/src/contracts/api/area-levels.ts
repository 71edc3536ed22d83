import { z } from 'zod';
import { ZAreaId, ZLevelId } from '../model.js';
import { ZId, ZIsoDateTime, ZMultilineText, ZPageQuery, ZQueryBoolean } from './common.js';
import { ZPendingRequirementImpact } from './pending-impact.js';

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
  /**
   * What approving it would change in coverage: the requirements of the person's teams (those the
   * caller may validate for) whose figures move, from the domain's pendingLevelImpact (rule 4).
   */
  impact: z.array(ZPendingRequirementImpact),
});
export type TValidationQueueItem = z.infer<typeof ZValidationQueueItem>;

/** `GET /api/me/validation-queue`: optionally only the members of one team, or one area. */
export const ZValidationQueueQuery = ZPageQuery.extend({ teamId: ZId.optional(), area: ZAreaId.optional() });
export type TValidationQueueQuery = z.infer<typeof ZValidationQueueQuery>;

/**
 * `POST /api/area-levels/validate-bulk`: approve several self-assessed levels at once, all or none
 * (one transaction: any level that is not current, already validated, one's own or out of reach
 * refuses the whole request).
 */
export const ZBulkValidate = z.object({ ids: z.array(ZId).min(1).max(100) });
export type TBulkValidate = z.infer<typeof ZBulkValidate>;

/** Each approved level: the self-assessed row and the validated row that replaced it. */
export const ZBulkValidateResult = z.object({
  items: z.array(z.object({ areaLevelId: ZId, validatedId: ZId })),
});
export type TBulkValidateResult = z.infer<typeof ZBulkValidateResult>;

/** How long an approval can be undone (the web shows the undo for a few seconds of it). */
export const VALIDATION_UNDO_SECONDS = 120;

/**
 * `POST /api/area-levels/undo-validation`: take back one's own approvals within
 * VALIDATION_UNDO_SECONDS: the validated rows go and the self-assessed ones are current again, as
 * if never decided (409 `undo_expired` after the window, `area_level_not_current` after a later change).
 */
export const ZUndoValidation = z.object({ validatedIds: z.array(ZId).min(1).max(100) });
export type TUndoValidation = z.infer<typeof ZUndoValidation>;
export const ZUndoValidationResult = z.object({ items: z.array(z.object({ areaLevelId: ZId })) });
export type TUndoValidationResult = z.infer<typeof ZUndoValidationResult>;
