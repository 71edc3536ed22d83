import type { Prisma } from '../../generated/prisma/client.ts';
import { catalogueRoleRows } from '../../services/role-catalogue.ts';
import { seedId } from './ids.ts';

/** The organisation's role list, copied from the domain catalogue (fromCatalogue = true). */
export function catalogueRoleDefinitions(
  slug: string,
  organisationId: string,
): Prisma.RoleDefinitionCreateManyInput[] {
  return catalogueRoleRows(organisationId, (roleKey) => roleDefinitionId(slug, roleKey));
}

export function roleDefinitionId(slug: string, roleKey: string): string {
  return seedId(slug, 'role', roleKey);
}
