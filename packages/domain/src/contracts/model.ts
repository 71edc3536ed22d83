import { z } from 'zod';
import { AREA_IDS } from '../model/areas.js';
import { CIRCLE_IDS } from '../model/circles.js';
import { COMPETENCY_IDS, COMPETENCY_SCORE_MAX, COMPETENCY_SCORE_MIN } from '../model/competencies.js';
import { COVERAGE_STATUS_IDS } from '../model/coverage-status.js';
import {
  AMBITION_DIRECTION_IDS,
  DEVELOPMENT_ACTION_TYPE_IDS,
  DEVELOPMENT_STATUS_IDS,
} from '../model/development.js';
import { DOMAIN_IDS } from '../model/domains.js';
import { LEVEL_IDS } from '../model/levels.js';

export const ZDomainId = z.enum(DOMAIN_IDS);
export type TDomainId = z.infer<typeof ZDomainId>;

export const ZAreaId = z.enum(AREA_IDS);
export type TAreaId = z.infer<typeof ZAreaId>;

export const ZLevelId = z.enum(LEVEL_IDS);
export type TLevelId = z.infer<typeof ZLevelId>;

export const ZCompetencyId = z.enum(COMPETENCY_IDS);
export type TCompetencyId = z.infer<typeof ZCompetencyId>;

export const ZCompetencyScore = z.number().int().min(COMPETENCY_SCORE_MIN).max(COMPETENCY_SCORE_MAX);

export const ZCircleId = z.enum(CIRCLE_IDS);
export type TCircleId = z.infer<typeof ZCircleId>;

export const ZDevelopmentActionType = z.enum(DEVELOPMENT_ACTION_TYPE_IDS);
export type TDevelopmentActionType = z.infer<typeof ZDevelopmentActionType>;

export const ZAmbitionDirection = z.enum(AMBITION_DIRECTION_IDS);
export type TAmbitionDirection = z.infer<typeof ZAmbitionDirection>;

export const ZDevelopmentStatus = z.enum(DEVELOPMENT_STATUS_IDS);
export type TDevelopmentStatus = z.infer<typeof ZDevelopmentStatus>;

export const ZCoverageStatus = z.enum(COVERAGE_STATUS_IDS);
export type TCoverageStatus = z.infer<typeof ZCoverageStatus>;

export const ZLocale = z.enum(['nl', 'en']);
export type TLocale = z.infer<typeof ZLocale>;

export const ZLocalizedText = z.object({ nl: z.string().min(1), en: z.string().min(1) });
export type TLocalizedText = z.infer<typeof ZLocalizedText>;
