import { ROLE_CATALOGUE } from '@teamspiegel/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { seedId } from './ids.ts';

/** The organisation's role list, copied from the domain catalogue (fromCatalogue = true). */
export function catalogueRoleDefinitions(
  slug: string,
  organisationId: string,
): Prisma.RoleDefinitionCreateManyInput[] {
  return ROLE_CATALOGUE.map((role) => ({
    id: roleDefinitionId(slug, role.id),
    organisationId,
    key: role.id,
    labelNl: role.label.nl,
    labelEn: role.label.en,
    descriptionNl: role.description.nl,
    descriptionEn: role.description.en,
    areaRequirements: role.requirements.map((r) => ({ area: r.area, minLevel: r.minLevel })),
    competencyRequirements: (role.competencies ?? []).map((c) => ({
      competency: c.competency,
      minScore: c.minScore,
    })),
    fromCatalogue: true,
  }));
}

export function roleDefinitionId(slug: string, roleKey: string): string {
  return seedId(slug, 'role', roleKey);
}

export function hasCatalogueRole(key: string): boolean {
  return ROLE_CATALOGUE.some((role) => role.id === key);
}
