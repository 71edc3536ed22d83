import { z } from 'zod';
import { CERTIFICATE_CODE_PATTERN, CERTIFICATE_STATUS_IDS } from '../../model/certificates.js';
import { ZDateInput, ZId, ZIsoDate, ZIsoDateTime, ZMultilineText, ZPageQuery, ZText } from './common.js';

// ---- The organisation's certificate catalogue ------------------------------------------------

export const ZCertificateType = z.object({
  id: ZId,
  code: z.string(),
  labelNl: z.string(),
  labelEn: z.string(),
  descriptionNl: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  /** Months a certificate stays valid after it is obtained; null = it does not expire. */
  validityMonths: z.number().int().nullable(),
  renewalRequired: z.boolean(),
  version: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TCertificateType = z.infer<typeof ZCertificateType>;

export const ZCertificateTypeListQuery = ZPageQuery.extend({ code: z.string().max(40).optional() });

export const ZCertificateTypeCreate = z.object({
  code: z.string().regex(CERTIFICATE_CODE_PATTERN, 'lower case letters, digits and dashes (at most 40)'),
  labelNl: ZText({ min: 1, max: 120 }),
  labelEn: ZText({ min: 1, max: 120 }),
  descriptionNl: ZMultilineText({ max: 2000 }).nullish(),
  descriptionEn: ZMultilineText({ max: 2000 }).nullish(),
  validityMonths: z.number().int().min(1).max(600).nullable(),
  renewalRequired: z.boolean().optional(),
});
export type TCertificateTypeCreate = z.infer<typeof ZCertificateTypeCreate>;

export const ZCertificateTypeUpdate = ZCertificateTypeCreate.partial();
export type TCertificateTypeUpdate = z.infer<typeof ZCertificateTypeUpdate>;

// ---- Person certificates ---------------------------------------------------------------------

export const ZCertificateStatus = z.enum(CERTIFICATE_STATUS_IDS);
export const ZCertificateValidation = z.enum(['pending', 'validated']);

export const ZPersonCertificate = z.object({
  id: ZId,
  employeeId: ZId,
  certificateTypeId: ZId,
  certificateCode: z.string(),
  certificateLabel: z.object({ nl: z.string(), en: z.string() }),
  obtainedOn: ZIsoDate,
  /** The last valid day (given, or computed from the type's validity); null = does not expire. */
  expiresOn: ZIsoDate.nullable(),
  /** valid, expiring (within the warning period) or expired, on today's date. */
  status: ZCertificateStatus,
  /** pending: submitted by the employee, not yet counted; validated: counts in coverage. */
  validation: ZCertificateValidation,
  evidenceNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  evidenceFileName: z.string().nullable(),
  recordedByUserId: ZId.nullable(),
  validatedByUserId: ZId.nullable(),
  validatedAt: ZIsoDateTime.nullable(),
  createdAt: ZIsoDateTime,
});
export type TPersonCertificate = z.infer<typeof ZPersonCertificate>;

export const ZPersonCertificateListQuery = ZPageQuery.extend({
  employeeId: ZId.optional(),
  certificateTypeId: ZId.optional(),
  validation: ZCertificateValidation.optional(),
  /** Days before expiry that count as "expiring" (default 60). */
  warningDays: z.coerce.number().int().min(0).max(365).optional(),
});
export type TPersonCertificateListQuery = z.input<typeof ZPersonCertificateListQuery>;

const evidence = {
  evidenceNumber: ZText({ min: 1, max: 120 }).nullish(),
  issuer: ZText({ min: 1, max: 200 }).nullish(),
  evidenceFileName: ZText({ min: 1, max: 255 }).nullish(),
};

/** Own certificate, submitted for validation (pending until HR or the manager validates it). */
export const ZOwnCertificateCreate = z.object({
  certificateTypeId: ZId,
  obtainedOn: ZDateInput,
  /** The date on the certificate; without it, obtainedOn + the type's validity. */
  expiresOn: ZDateInput.nullish(),
  ...evidence,
});
export type TOwnCertificateCreate = z.infer<typeof ZOwnCertificateCreate>;

/** Recorded by HR or a manager: validated at once. */
export const ZPersonCertificateCreate = ZOwnCertificateCreate.extend({ employeeId: ZId });
export type TPersonCertificateCreate = z.infer<typeof ZPersonCertificateCreate>;
