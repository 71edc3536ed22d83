import type { Locale } from '@teamspiegel/domain';
import type { TCertificateType } from '@teamspiegel/domain/api/certificates';
import type { TSiteCoverageView } from '@teamspiegel/domain/api/coverage';
import type { TSiteRequirement } from '@teamspiegel/domain/api/site-requirements';
import type { SiteRequirementLine } from './site-requirement-forms';

/** The editor's lines per site: each requirement with its certificate's label in the locale. */
export function siteRequirementLines(
  requirements: readonly TSiteRequirement[],
  catalogue: readonly Pick<TCertificateType, 'id' | 'labelNl' | 'labelEn'>[],
  locale: Locale,
  unknownCertificate: string,
): (siteId: string) => SiteRequirementLine[] {
  const labels = new Map(catalogue.map((type) => [type.id, locale === 'en' ? type.labelEn : type.labelNl]));
  const bySite = new Map<string, SiteRequirementLine[]>();
  for (const requirement of requirements) {
    const lines = bySite.get(requirement.siteId) ?? [];
    lines.push({
      id: requirement.id,
      certificate: labels.get(requirement.certificateTypeId) ?? unknownCertificate,
      count: requirement.count,
      note: requirement.note,
      version: requirement.version,
    });
    bySite.set(requirement.siteId, lines);
  }
  return (siteId) => bySite.get(siteId) ?? [];
}

/**
 * The sites with a site requirement gap HR may exempt (rule 17); only those need their people
 * loaded for a person exemption. An exempt requirement is no gap.
 */
export function sitesWithGap(sites: readonly TSiteCoverageView[]): string[] {
  return sites
    .filter((site) => site.requirements.some((requirement) => requirement.status === 'gap'))
    .map((site) => site.siteId);
}
