import type { Locale } from '@teamspiegel/domain';
import type { TPendingRequirementImpact } from '@teamspiegel/domain/api/pending-impact';
import { areaLabel, circleLabel, competencyLabel, levelLabel } from '@/lib/vocabulary';

/** The `pendingLevels` translator, on the server or the client. */
type Translate = (
  key: 'area' | 'role' | 'competency' | 'circle',
  values: Record<string, string | number>,
) => string;

/** The requirement in words ("Pedagogiek, minimaal ervaren"), as the API named it. */
export function requirementWords(item: TPendingRequirementImpact, locale: Locale, t: Translate): string {
  switch (item.kind) {
    case 'area':
      return t('area', {
        area: item.area ? areaLabel(item.area, locale) : '—',
        level: item.minLevel ? levelLabel(item.minLevel, locale).toLowerCase() : '—',
      });
    case 'role':
      return t('role', { role: item.roleLabel ? item.roleLabel[locale] : '—' });
    case 'competency':
      return t('competency', {
        competency: item.competency ? competencyLabel(item.competency, locale) : '—',
        score: item.minScore ?? '—',
      });
    case 'circle':
      return t('circle', { circle: item.circle ? circleLabel(item.circle, locale) : '—' });
  }
}
