import type { Locale } from '@teamspiegel/domain';
import type { TQualifiedEmployee } from '@teamspiegel/domain/api/role-definitions';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { areaLabel, levelLabel } from '@/lib/vocabulary';

/** Who meets the role today, with their current levels. */
export async function QualifiedList({ items, total }: { items: TQualifiedEmployee[]; total: number }) {
  const t = await getTranslations('rolesAdmin');
  const locale = (await getLocale()) as Locale;
  if (items.length === 0) return <p className="text-sm text-slate-600">{t('noQualified')}</p>;
  return (
    <>
      <p className="mb-2 text-sm text-slate-600">{t('qualifiedCount', { count: total })}</p>
      <ul className="divide-y divide-slate-200" aria-label={t('qualifiedTitle')}>
        {items.map((person) => (
          <li key={person.id} className="py-2">
            <Link
              href={`/mensen/${person.id}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {person.fullName}
            </Link>
            <p className="text-xs text-slate-600">
              {[person.jobTitle, ...person.teams.map((team) => team.name)].filter(Boolean).join(' · ')}
            </p>
            <p className="text-xs text-slate-600">
              {Object.entries(person.levels)
                .map(([area, value]) => `${areaLabel(area, locale)}: ${levelLabel(value?.level, locale)}`)
                .join(', ')}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
