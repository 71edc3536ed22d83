import { z } from 'zod';
import { ZId, ZIsoDateTime, ZMultilineText, ZPageQuery, ZText } from './common.js';

/** The kinds of team an IKC has (the Prisma enum TeamKind carries the same ids). */
export const ZTeamKind = z.enum([
  'baby_dreumes',
  'peuter',
  'unit_3_6',
  'onderbouw',
  'bovenbouw',
  'bso',
  'zorgteam',
  'overig',
]);
export type TTeamKind = z.infer<typeof ZTeamKind>;

export const ZTeam = z.object({
  id: ZId,
  name: z.string(),
  kind: ZTeamKind,
  description: z.string().nullable(),
  site: z.object({ id: ZId, name: z.string() }),
  /** People with a membership that runs today. */
  memberCount: z.number().int().min(0),
  version: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TTeam = z.infer<typeof ZTeam>;

export const ZTeamCreate = z.object({
  siteId: ZId,
  name: ZText({ min: 1, max: 200 }),
  kind: ZTeamKind.optional(),
  description: ZMultilineText({ max: 2000 }).nullish(),
});
export type TTeamCreate = z.infer<typeof ZTeamCreate>;

export const ZTeamUpdate = ZTeamCreate.partial().extend({ version: z.number().int().min(1).optional() });
export type TTeamUpdate = z.infer<typeof ZTeamUpdate>;

export const ZTeamListQuery = ZPageQuery.extend({
  siteId: ZId.optional(),
  kind: ZTeamKind.optional(),
  q: ZText({ max: 200 }).optional(),
});
export type TTeamListQuery = z.infer<typeof ZTeamListQuery>;
