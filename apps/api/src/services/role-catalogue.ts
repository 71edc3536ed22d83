import { ROLE_CATALOGUE } from '@teamspiegel/domain';

/**
 * The domain's role catalogue as RoleDefinition rows for one organisation (new tenants and the
 * seed start from it; the organisation may edit its copy afterwards).
 */
export function catalogueRoleRows(organisationId: string, idFor?: (roleKey: string) => string) {
  return ROLE_CATALOGUE.map((role) => ({
    ...(idFor ? { id: idFor(role.id) } : {}),
    organisationId,
    key: role.id,
    labelNl: role.label.nl,
    labelEn: role.label.en,
    descriptionNl: role.description.nl,
    descriptionEn: role.description.en,
    areaRequirements: role.requirements.map((r) => ({
      area: r.area,
      minLevel: r.minLevel,
      ...(r.maxLevel ? { maxLevel: r.maxLevel } : {}),
    })),
    competencyRequirements: (role.competencies ?? []).map((c) => ({
      competency: c.competency,
      minScore: c.minScore,
    })),
    areaMatch: role.areaMatch ?? ('all' as const),
    fromCatalogue: true,
  }));
}
