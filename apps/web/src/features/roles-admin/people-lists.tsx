import type { Locale } from '@teamspiegel/domain';
import type { TRoleAssignment } from '@teamspiegel/domain/api/role-assignments';
import type { TQualifiedEmployee } from '@teamspiegel/domain/api/role-definitions';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { areaLabel, levelLabel } from '@/lib/vocabulary';
import { EndAssignmentForm } from './end-assignment-form';

/** The current holders of a role, each with the period and (for hr) a way to end it. */
export async function HoldersList({
  items,
  total,
  roleDefinitionId,
  mayEnd,
  today,
}: {
  items: TRoleAssignment[];
  total: number;
  roleDefinitionId: string;
  mayEnd: boolean;
  today: string;
}) {
  const t = await getTranslations('rolesAdmin');
  if (items.length === 0) return <p className="text-sm text-slate-600">{t('noHolders')}</p>;
  return (
    <>
      <p className="mb-2 text-sm text-slate-600">{t('holdersCount', { count: total })}</p>
      <ul className="divide-y divide-slate-200" aria-label={t('holdersTitle')}>
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <div>
              <Link
                href={`/mensen/${item.employee.id}`}
                className="font-medium text-brand-700 underline-offset-2 hover:underline"
              >
                {item.employee.fullName}
              </Link>
              <p className="text-xs text-slate-600">
                {item.endDate
                  ? t('periodUntil', { start: item.startDate, end: item.endDate })
                  : t('periodFrom', { start: item.startDate })}
                {item.team ? ` · ${item.team.name}` : ''}
              </p>
            </div>
            {mayEnd ? (
              <EndAssignmentForm
                id={item.id}
                roleDefinitionId={roleDefinitionId}
                person={item.employee.fullName}
                today={today}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

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
