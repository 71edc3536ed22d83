import { z } from 'zod';
import {
  ZAmbitionDirection,
  ZAreaId,
  ZCircleId,
  ZCompetencyId,
  ZDevelopmentActionType,
  ZDevelopmentStatus,
  ZLevelId,
} from '../model.js';
import { ZId, ZIsoDate, ZIsoDateTime, ZMemberRole, ZText } from './common.js';

/**
 * AVG (GDPR): a person's complete data as machine-readable JSON (right of access and data
 * portability), and the erasure of a leaver's personal data (right to erasure).
 * Never contains password hashes or token hashes.
 */
const json = z.unknown();

export const ZDataExport = z.object({
  format: z.literal('teamspiegel.data-export.v1'),
  exportedAt: ZIsoDateTime,
  organisation: z.object({ id: ZId, name: z.string() }),
  employee: z.object({
    id: ZId,
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    jobTitle: z.string().nullable(),
    fte: z.number(),
    active: z.boolean(),
    startDate: ZIsoDate.nullable(),
    erasedAt: ZIsoDateTime.nullable(),
    createdAt: ZIsoDateTime,
    updatedAt: ZIsoDateTime,
  }),
  memberships: z.array(
    z.object({
      id: ZId,
      teamId: ZId,
      teamName: z.string(),
      startDate: ZIsoDate,
      endDate: ZIsoDate.nullable(),
      roleInTeam: z.string().nullable(),
    }),
  ),
  /** Every level row, the history included (newest first). */
  areaLevels: z.array(
    z.object({
      id: ZId,
      area: ZAreaId,
      level: ZLevelId,
      status: z.enum(['self_assessed', 'validated']),
      validFrom: ZIsoDateTime,
      validTo: ZIsoDateTime.nullable(),
      current: z.boolean(),
      validatedAt: ZIsoDateTime.nullable(),
      comment: z.string().nullable(),
    }),
  ),
  competencyRatings: z.array(
    z.object({ id: ZId, competency: ZCompetencyId, score: z.number().int(), updatedAt: ZIsoDateTime }),
  ),
  surroundingsContacts: z.array(
    z.object({ id: ZId, circle: ZCircleId, partnerName: z.string(), description: z.string().nullable() }),
  ),
  ambitions: z.array(
    z.object({
      id: ZId,
      direction: ZAmbitionDirection,
      area: ZAreaId,
      targetLevel: ZLevelId,
      horizonDate: ZIsoDate.nullable(),
      /** null when absent or when the viewer may not read it (the person's own export always can). */
      motivation: z.string().nullable(),
      motivationHidden: z.boolean(),
      visibility: z.enum(['self', 'manager', 'hr']),
      status: z.enum(['active', 'achieved', 'withdrawn']),
      createdAt: ZIsoDateTime,
    }),
  ),
  roleAssignments: z.array(
    z.object({
      id: ZId,
      roleKey: z.string(),
      roleLabelNl: z.string(),
      roleLabelEn: z.string(),
      teamId: ZId.nullable(),
      teamName: z.string().nullable(),
      startDate: ZIsoDate,
      endDate: ZIsoDate.nullable(),
    }),
  ),
  developmentActions: z.array(
    z.object({
      id: ZId,
      type: ZDevelopmentActionType,
      title: z.string(),
      teamId: ZId.nullable(),
      area: ZAreaId.nullable(),
      targetLevel: ZLevelId.nullable(),
      provider: z.string().nullable(),
      status: ZDevelopmentStatus,
      startDate: ZIsoDate.nullable(),
      expectedEndDate: ZIsoDate.nullable(),
      completedAt: ZIsoDateTime.nullable(),
      costCents: z.number().int().nullable(),
      notes: z.string().nullable(),
      createdAt: ZIsoDateTime,
    }),
  ),
  /** Her requests for training or coaching and her notifications (issue 15). */
  developmentRequests: z.array(
    z.object({
      id: ZId,
      type: z.string(),
      area: ZAreaId,
      targetLevel: ZLevelId,
      note: z.string().nullable(),
      status: z.string(),
      answer: z.string().nullable(),
      createdAt: ZIsoDateTime,
    }),
  ),
  notifications: z.array(
    z.object({
      id: ZId,
      kind: z.string(),
      area: ZAreaId.nullable(),
      level: ZLevelId.nullable(),
      note: z.string().nullable(),
      createdAt: ZIsoDateTime,
      readAt: ZIsoDateTime.nullable(),
    }),
  ),
  /** The login linked to the person (never the password hash), with the roles in this organisation. */
  login: z
    .object({
      userId: ZId,
      email: z.string(),
      name: z.string(),
      roles: z.array(ZMemberRole),
      disabledAt: ZIsoDateTime.nullable(),
      createdAt: ZIsoDateTime,
    })
    .nullable(),
  invitations: z.array(
    z.object({
      id: ZId,
      email: z.string(),
      name: z.string(),
      role: ZMemberRole,
      createdAt: ZIsoDateTime,
      expiresAt: ZIsoDateTime,
      acceptedAt: ZIsoDateTime.nullable(),
      revokedAt: ZIsoDateTime.nullable(),
    }),
  ),
  /** Audit trail entries about the person or their rows (oldest first). */
  auditEvents: z.array(
    z.object({
      id: ZId,
      entity: z.string(),
      entityId: z.string(),
      action: z.string(),
      actorUserId: ZId.nullable(),
      before: json,
      after: json,
      createdAt: ZIsoDateTime,
    }),
  ),
});
export type TDataExport = z.infer<typeof ZDataExport>;

/** Erasure must be confirmed by typing the person's full name ("first last"). */
export const ZEraseBody = z.object({ confirm: ZText({ min: 1, max: 400 }) });
export type TEraseBody = z.infer<typeof ZEraseBody>;

export const ZEraseResult = z.object({
  employeeId: ZId,
  erasedAt: ZIsoDateTime,
  removed: z.object({
    surroundingsContacts: z.number().int(),
    ambitions: z.number().int(),
    levelComments: z.number().int(),
    actionNotes: z.number().int(),
  }),
  anonymised: z.object({
    developmentActions: z.number().int(),
    invitations: z.number().int(),
    auditEvents: z.number().int(),
    otherTextFields: z.number().int(),
  }),
  /**
   * What was redacted outside the person's own rows: values that were exactly one of these
   * identifiers (never a piece of someone else's text, never a hash), by table and column.
   */
  redacted: z.object({
    identifiers: z.array(z.enum(['full_name', 'email'])),
    fields: z.array(z.object({ table: z.string(), column: z.string(), rows: z.number().int() })),
  }),
  /** 'disabled': the login belonged to this organisation only; 'unlinked': it belongs to others too. */
  login: z.enum(['none', 'disabled', 'unlinked']),
});
export type TEraseResult = z.infer<typeof ZEraseResult>;
