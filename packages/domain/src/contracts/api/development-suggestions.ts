import { z } from 'zod';
import { ZAreaId, ZLevelId } from '../model.js';
import { ZDateInput, ZId, ZPageQuery, ZText } from './common.js';

/**
 * Development planning suggestions: per uncovered area requirement (most severe first) who could
 * close it — coaching or training for a candidate from the team (then the organisation), or
 * hiring (werving) when nobody is in sight. People with an open action for that area and level
 * are left out (their gap is already being worked on).
 */
export const ZSuggestionType = z.enum(['training', 'coaching', 'werving']);
export type TSuggestionType = z.infer<typeof ZSuggestionType>;

/** Why this suggestion: the candidate's ambition, one level below, or no candidate at all. */
export const ZSuggestionReason = z.enum(['ambition', 'one_level_below', 'no_candidate']);
export type TSuggestionReason = z.infer<typeof ZSuggestionReason>;

export const ZDevelopmentSuggestionQuery = ZPageQuery.extend({
  siteId: ZId.optional(),
  teamId: ZId.optional(),
});
export type TDevelopmentSuggestionQuery = z.infer<typeof ZDevelopmentSuggestionQuery>;

export const ZDevelopmentSuggestion = z.object({
  /** Stable: a hash of team, requirement, employee and type. */
  id: z.string(),
  teamId: ZId,
  teamName: z.string(),
  siteId: ZId.nullable(),
  siteName: z.string().nullable(),
  requirementId: ZId,
  area: ZAreaId,
  targetLevel: ZLevelId,
  type: ZSuggestionType,
  employeeId: ZId.nullable(),
  employeeName: z.string().nullable(),
  currentLevel: ZLevelId.nullable(),
  /** 'team': a member of the team itself; 'organisation': someone from another team. */
  pool: z.enum(['team', 'organisation']).nullable(),
  reason: ZSuggestionReason,
  /** The requirement's current gap (people short). */
  gap: z.number().int(),
  severity: z.number(),
});
export type TDevelopmentSuggestion = z.infer<typeof ZDevelopmentSuggestion>;

export const ZDevelopmentSuggestionAccept = z.object({
  teamId: ZId,
  requirementId: ZId,
  type: ZSuggestionType,
  employeeId: ZId.nullish(),
  area: ZAreaId,
  targetLevel: ZLevelId,
  expectedEndDate: ZDateInput.nullish(),
  provider: ZText({ max: 300 }).nullish(),
  costCents: z.number().int().min(0).max(100_000_000).nullish(),
});
export type TDevelopmentSuggestionAccept = z.infer<typeof ZDevelopmentSuggestionAccept>;
