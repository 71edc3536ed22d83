import type { TOrganisationSettings } from '@teamspiegel/domain/api/reassessments';
import { getTranslations } from 'next-intl/server';
import { ProblemState } from '@/components/problem-state';
import { apiFetch } from '@/lib/api/client';
import { load } from '@/lib/api/load';
import { AdminHeading } from '../admin/admin-layout';
import { SettingsForm } from './settings-form';

/** /beheer/instellingen: the organisation's reassessment cycle. */
export async function SettingsAdminPage() {
  const t = await getTranslations('settingsAdmin');
  const settings = await load(apiFetch<TOrganisationSettings>('/api/organisation/settings'));
  return (
    <div className="flex flex-col gap-6">
      <AdminHeading title={t('title')} intro={t('sectionIntro')} />
      {settings.error ? (
        <ProblemState code={settings.error.code} />
      ) : (
        <section className="rounded-xl border border-slate-200 bg-white p-4">
          <SettingsForm reassessmentMonths={settings.data.reassessmentMonths} />
        </section>
      )}
    </div>
  );
}
