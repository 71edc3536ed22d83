import { z } from 'zod';
import { ZCompetencyId, ZCompetencyScore } from '../model.js';
import { ZId, ZIsoDateTime, ZPageQuery } from './common.js';

export const ZCompetencyRating = z.object({
  id: ZId,
  employeeId: ZId,
  competency: ZCompetencyId,
  /** 1..5 */
  score: ZCompetencyScore,
  ratedByUserId: ZId.nullable(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TCompetencyRating = z.infer<typeof ZCompetencyRating>;

export const ZCompetencyRatingListQuery = ZPageQuery.extend({
  employeeId: ZId.optional(),
  competency: ZCompetencyId.optional(),
});
export type TCompetencyRatingListQuery = z.input<typeof ZCompetencyRatingListQuery>;

/** Upsert: one rating per employee and competency (201 when created, 200 when replaced). */
export const ZCompetencyRatingUpsert = z.object({
  employeeId: ZId,
  competency: ZCompetencyId,
  score: ZCompetencyScore,
});
export type TCompetencyRatingUpsert = z.infer<typeof ZCompetencyRatingUpsert>;
