import { z } from 'zod';
import { ZEmail, ZInvitation } from './auth.js';
import { ZId, ZIsoDateTime, ZPageQuery, ZText } from './common.js';

export const ZOrganisationSlug = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens');

export const ZOrganisationCreate = z.object({
  name: ZText({ min: 1, max: 200 }),
  slug: ZOrganisationSlug,
  firstHr: z.object({ email: ZEmail, name: ZText({ min: 1, max: 200 }) }),
});
export type TOrganisationCreate = z.infer<typeof ZOrganisationCreate>;

export const ZAdminOrganisation = z.object({
  id: ZId,
  name: z.string(),
  slug: z.string(),
  memberCount: z.number().int(),
  employeeCount: z.number().int(),
  teamCount: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TAdminOrganisation = z.infer<typeof ZAdminOrganisation>;

export const ZOrganisationCreated = z.object({
  organisation: ZAdminOrganisation,
  roleDefinitionCount: z.number().int(),
  invitation: ZInvitation,
});

export const ZAdminOrganisationListQuery = ZPageQuery.extend({
  q: ZText({ max: 200 }).optional(),
});
