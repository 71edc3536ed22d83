import { z } from 'zod';
import { ZAmbitionDirection, ZAreaId, ZLevelId } from '../model.js';
import { ZDateInput, ZId, ZIsoDate, ZIsoDateTime, ZMultilineText, ZPageQuery } from './common.js';

/** Who besides the employee may read the motivation: self (nobody), manager (manager and HR), hr (HR only). */
export const ZAmbitionVisibility = z.enum(['self', 'manager', 'hr']);
export type TAmbitionVisibility = z.infer<typeof ZAmbitionVisibility>;

export const ZAmbitionStatus = z.enum(['active', 'achieved', 'withdrawn']);
export type TAmbitionStatus = z.infer<typeof ZAmbitionStatus>;

export const ZAmbition = z.object({
  id: ZId,
  employeeId: ZId,
  direction: ZAmbitionDirection,
  area: ZAreaId,
  targetLevel: ZLevelId,
  horizonDate: ZIsoDate.nullable(),
  /** null when absent or when the caller may not read it (see motivationHidden). */
  motivation: z.string().nullable(),
  /** true when the caller may not read the motivation (whether or not one was written). */
  motivationHidden: z.boolean(),
  visibility: ZAmbitionVisibility,
  status: ZAmbitionStatus,
  version: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TAmbition = z.infer<typeof ZAmbition>;

export const ZAmbitionListQuery = ZPageQuery.extend({
  employeeId: ZId.optional(),
  area: ZAreaId.optional(),
  direction: ZAmbitionDirection.optional(),
  status: ZAmbitionStatus.optional(),
});
export type TAmbitionListQuery = z.input<typeof ZAmbitionListQuery>;

/** The fields an ambition is made of (shared by the HR routes and the self-service profile). */
export const ZAmbitionFields = z.object({
  direction: ZAmbitionDirection,
  area: ZAreaId,
  targetLevel: ZLevelId,
  horizonDate: ZDateInput.nullish(),
  motivation: ZMultilineText({ max: 4000 }).nullish(),
  visibility: ZAmbitionVisibility.default('manager'),
  status: ZAmbitionStatus.default('active'),
});

/** By hr for a person: the motivation is the employee's own (the API refuses it from anyone else). */
export const ZAmbitionCreate = ZAmbitionFields.extend({ employeeId: ZId });
export type TAmbitionCreate = z.input<typeof ZAmbitionCreate>;

export const ZAmbitionUpdate = z.object({
  direction: ZAmbitionDirection.optional(),
  area: ZAreaId.optional(),
  targetLevel: ZLevelId.optional(),
  horizonDate: ZDateInput.nullish(),
  motivation: ZMultilineText({ max: 4000 }).nullish(),
  visibility: ZAmbitionVisibility.optional(),
  status: ZAmbitionStatus.optional(),
  /** Alternative to If-Match. */
  version: z.number().int().min(1).optional(),
});
export type TAmbitionUpdate = z.input<typeof ZAmbitionUpdate>;
