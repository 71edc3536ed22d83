import type { Locale } from '@teamspiegel/domain';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { loadOwnDevelopment } from './data';
import { ActionGroups, RequestList, ValidationStatusList } from './development-lists';
import { RequestForm } from './request-form';

/**
 * "Mijn ontwikkeling" (issue 15, item 10): her actions (planned, running, done), the status of her
 * validation requests, and her requests for training or coaching with a form to ask for one.
 */
export async function OwnDevelopmentPage() {
  const t = await getTranslations('ownDevelopment');
  const tProfile = await getTranslations('profile');
  const locale = (await getLocale()) as Locale;
  const data = await loadOwnDevelopment();
  const header = (
    <header className="space-y-2">
      <p className="text-sm">
        <Link
          href="/profiel"
          className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2"
        >
          {t('backToProfile')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-3xl text-slate-700">{t('intro')}</p>
    </header>
  );
  if (data.kind !== 'ok') {
    return (
      <div className="space-y-4">
        {header}
        {data.kind === 'no_profile' ? (
          <EmptyState title={tProfile('noEmployeeTitle')}>{tProfile('noEmployee')}</EmptyState>
        ) : (
          <ProblemState code={data.code} />
        )}
      </div>
    );
  }
  const { profile, development } = data;
  const ambitions = profile.ambitions
    .filter((ambition) => ambition.status === 'active')
    .map((ambition) => ({ id: ambition.id, area: ambition.area, targetLevel: ambition.targetLevel }));
  return (
    <div className="space-y-8">
      {header}
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="own-actions" className="space-y-3">
          <h2 id="own-actions" className="text-xl font-semibold">
            {t('actions.title')}
          </h2>
          <ActionGroups actions={development.actions} locale={locale} />
        </section>
        <section aria-labelledby="own-validation" className="space-y-3">
          <h2 id="own-validation" className="text-xl font-semibold">
            {t('validation.title')}
          </h2>
          <ValidationStatusList profile={profile} locale={locale} />
        </section>
      </div>
      <section
        aria-labelledby="own-request"
        className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-4"
      >
        <h2 id="own-request" className="text-xl font-semibold">
          {t('requests.title')}
        </h2>
        <p className="text-slate-700">{t('requests.intro')}</p>
        {ambitions.length === 0 ? (
          <p className="text-slate-700">
            {t('requests.noAmbition')}{' '}
            <Link href="/profiel" className="text-brand-700 underline underline-offset-2">
              {tProfile('title')}
            </Link>
          </p>
        ) : (
          <RequestForm ambitions={ambitions} locale={locale} />
        )}
      </section>
      <section aria-labelledby="own-requests" className="space-y-3">
        <h2 id="own-requests" className="text-xl font-semibold">
          {t('requests.listTitle')}
        </h2>
        <RequestList requests={development.requests} locale={locale} />
      </section>
    </div>
  );
}
