import { z } from 'zod';
import { MAX_REASSESSMENT_MONTHS, REASSESSMENT_STATUS_IDS } from '../../model/reassessment.js';
import { ZAreaId, ZLevelId } from '../model.js';
import { ZId, ZIsoDate, ZPageQuery } from './common.js';

/** The organisation's settings that members may read (rule 16: the reassessment cycle). */
export const ZOrganisationSettings = z.object({
  /** Months a validated level stays current; null = levels never expire. */
  reassessmentMonths: z.number().int().min(1).max(MAX_REASSESSMENT_MONTHS).nullable(),
});
export type TOrganisationSettings = z.infer<typeof ZOrganisationSettings>;

export const ZOrganisationSettingsUpdate = ZOrganisationSettings;

export const ZReassessmentStatus = z.enum(REASSESSMENT_STATUS_IDS);

/** A validated level due or overdue for reassessment (rule 16). */
export const ZReassessmentDue = z.object({
  areaLevelId: ZId,
  employeeId: ZId,
  employeeName: z.string(),
  area: ZAreaId,
  level: ZLevelId,
  validatedOn: ZIsoDate,
  /** The day it must have been reassessed by. */
  dueOn: ZIsoDate,
  status: ZReassessmentStatus.exclude(['current']),
});
export type TReassessmentDue = z.infer<typeof ZReassessmentDue>;

export const ZReassessmentListQuery = ZPageQuery.extend({
  /** Only overdue ones, only due-soon ones, or both (default). */
  status: z.enum(['due', 'overdue', 'all']).default('all'),
  teamId: ZId.optional(),
});

export const ZReassessmentList = z.object({
  items: z.array(ZReassessmentDue),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  /** The organisation's cycle; null = off (then the list is empty). */
  reassessmentMonths: z.number().int().nullable(),
});
export type TReassessmentList = z.infer<typeof ZReassessmentList>;
