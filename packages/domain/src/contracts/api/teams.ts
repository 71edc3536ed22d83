import { z } from 'zod';
import { ZId, ZIsoDateTime, ZMultilineText, ZPageQuery, ZText } from './common.js';
import { ZArchiveFilter } from './sites.js';

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

/** The team kinds with their labels, Dutch first (the order of ZTeamKind). */
export const TEAM_KINDS: ReadonlyArray<{ id: TTeamKind; label: { nl: string; en: string } }> = [
  { id: 'baby_dreumes', label: { nl: 'Baby- en dreumesgroep', en: 'Baby and toddler group' } },
  { id: 'peuter', label: { nl: 'Peutergroep', en: 'Pre-school group' } },
  { id: 'unit_3_6', label: { nl: 'Unit 3–6 jaar', en: 'Unit 3–6 years' } },
  { id: 'onderbouw', label: { nl: 'Onderbouw', en: 'Lower primary' } },
  { id: 'bovenbouw', label: { nl: 'Bovenbouw', en: 'Upper primary' } },
  { id: 'bso', label: { nl: 'Buitenschoolse opvang (bso)', en: 'After-school care' } },
  { id: 'zorgteam', label: { nl: 'Zorgteam', en: 'Care team' } },
  { id: 'overig', label: { nl: 'Overig', en: 'Other' } },
];

export const ZTeam = z.object({
  id: ZId,
  name: z.string(),
  kind: ZTeamKind,
  description: z.string().nullable(),
  site: z.object({ id: ZId, name: z.string() }),
  /** People with a membership that runs today. */
  memberCount: z.number().int().min(0),
  /** Set when the team was archived: it left the heatmap, lists and report; the trend keeps its past. */
  archivedAt: ZIsoDateTime.nullable(),
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

/** Creating a team may start its target profile from a built-in template, in the same transaction. */
export const ZTeamCreateWithTemplate = ZTeamCreate.extend({
  templateId: ZText({ min: 1, max: 100 }).optional(),
});
export type TTeamCreateWithTemplate = z.infer<typeof ZTeamCreateWithTemplate>;

export const ZTeamUpdate = ZTeamCreate.partial().extend({ version: z.number().int().min(1).optional() });
export type TTeamUpdate = z.infer<typeof ZTeamUpdate>;

export const ZTeamListQuery = ZPageQuery.extend({
  siteId: ZId.optional(),
  kind: ZTeamKind.optional(),
  q: ZText({ max: 200 }).optional(),
  status: ZArchiveFilter.default('active'),
});
export type TTeamListQuery = z.infer<typeof ZTeamListQuery>;
