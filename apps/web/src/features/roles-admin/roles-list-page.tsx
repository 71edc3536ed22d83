import type { Locale } from '@teamspiegel/domain';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { getSession } from '@/lib/session';
import { areaLabel, levelLabel } from '@/lib/vocabulary';
import { listRoles } from './data';

/** /beheer/rollen: the organisation's role catalogue, each role with its area profile in short. */
export async function RolesListPage({ q }: { q?: string }) {
  const t = await getTranslations('rolesAdmin');
  const locale = (await getLocale()) as Locale;
  const session = await getSession();
  const roles = await load(listRoles(q));
  const mayManage = can(session.role, 'roles.manage');

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="mt-1 text-slate-600">{t('intro')}</p>
        </div>
        {mayManage ? (
          <Link
            href="/beheer/rollen/nieuw"
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
          >
            {t('newRole')}
          </Link>
        ) : null}
      </header>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label htmlFor="roles-q" className="text-sm font-medium text-slate-800">
          {t('search')}
          <input
            id="roles-q"
            name="q"
            defaultValue={q}
            className="mt-1 block w-64 max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          />
        </label>
        <button
          type="submit"
          className="rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700"
        >
          {t('searchButton')}
        </button>
      </form>
      {roles.error ? (
        <ProblemState code={roles.error.code} />
      ) : roles.data.items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {roles.data.items.map((role) => (
            <li key={role.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="font-semibold">
                <Link
                  href={`/beheer/rollen/${role.id}`}
                  className="text-brand-700 underline-offset-2 hover:underline"
                >
                  {locale === 'en' ? role.labelEn : role.labelNl}
                </Link>
              </h2>
              <p className="text-xs text-slate-600">
                {role.fromCatalogue ? t('fromCatalogue') : t('ownRole')} ·{' '}
                <span className="font-mono">{role.key}</span>
              </p>
              <ul className="mt-2 flex flex-wrap gap-1 text-xs">
                {role.areaRequirements.map((r) => (
                  <li key={r.area} className="rounded bg-brand-50 px-2 py-0.5 text-slate-800">
                    {areaLabel(r.area, locale)}: {levelLabel(r.minLevel, locale)}
                  </li>
                ))}
                {role.areaRequirements.length === 0 ? (
                  <li className="text-slate-600">{t('noAreas')}</li>
                ) : null}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
