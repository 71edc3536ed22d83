import { AREAS, type AreaId, DOMAINS, LEVELS, type Locale, label } from '@teamspiegel/domain';
import type { TProfile } from '@teamspiegel/domain/api/profile';
import { useTranslations } from 'next-intl';
import type { FieldErrorLookup, ProfileFormState } from './form-model';
import { LevelField } from './level-field';

type Props = {
  uid: string;
  profile: TProfile;
  levels: ProfileFormState['levels'];
  errors: FieldErrorLookup;
  messageFor: (field: string) => string;
  locale: Locale;
  onChange: (area: AreaId, value: string) => void;
};

/** Levels per area, grouped by domain, with the brochure's descriptions. */
export function LevelsSection({ uid, profile, levels, errors, messageFor, locale, onChange }: Props) {
  const t = useTranslations('profile');
  const levelField = (areaId: AreaId, areaLabel: string, description: string | null) => (
    <LevelField
      key={areaId}
      id={`${uid}-level-${areaId}`}
      area={areaId}
      areaLabel={areaLabel}
      description={description}
      value={levels[areaId] ?? ''}
      current={profile.areaLevels.find((row) => row.area === areaId)}
      invalid={errors.level(areaId)}
      errorMessage={messageFor('level')}
      locale={locale}
      onChange={(value) => onChange(areaId, value)}
    />
  );
  return (
    <section aria-labelledby={`${uid}-levels`} className="space-y-4">
      <h2 id={`${uid}-levels`} className="text-xl font-semibold">
        {t('levels.title')}
      </h2>
      <p className="text-slate-700">{t('levels.intro')}</p>
      <details className="rounded-lg bg-brand-50 p-4">
        <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-900">
          {t('levels.scaleTitle')}
        </summary>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2">
          {LEVELS.map((level) => (
            <div key={level.id}>
              <dt className="font-semibold">
                {level.rank}. {label(level, locale)}
              </dt>
              <dd className="text-sm text-slate-700">{level.description[locale]}</dd>
            </div>
          ))}
        </dl>
      </details>
      {DOMAINS.map((domain) => {
        const areas = AREAS.filter((area) => area.domainId === domain.id);
        if (areas.length === 1 && areas[0]?.kind === 'domain') {
          const area = areas[0];
          return (
            <div key={domain.id}>
              <p className="text-sm font-medium uppercase tracking-wide text-slate-500">
                {t('levels.domainNumber', { number: domain.number })}
              </p>
              {levelField(area.id, label(area, locale), area.description[locale])}
            </div>
          );
        }
        return (
          <fieldset key={domain.id} className="rounded-xl border border-slate-300 bg-slate-50 p-4">
            <legend className="px-1">
              <span className="block text-sm font-medium uppercase tracking-wide text-slate-500">
                {t('levels.domainNumber', { number: domain.number })}
              </span>
              <span className="text-lg font-semibold">{label(domain, locale)}</span>
            </legend>
            <p className="mb-3 text-sm text-slate-700">{domain.description[locale]}</p>
            <p className="mb-2 text-sm font-medium text-slate-800">{t('levels.specialisations')}</p>
            <div className="grid gap-3 md:grid-cols-2">
              {areas.map((area) => levelField(area.id, label(area, locale), area.description[locale]))}
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
