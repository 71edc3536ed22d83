import { AREA_IDS, LEVEL_RANK, type Locale } from '@teamspiegel/domain';
import { useLocale, useTranslations } from 'next-intl';
import { areaLabel, levelLabel } from '@/lib/vocabulary';
import { stemArea, type TShapeLevels } from './t-shape';

/**
 * The T-shape as a vertical list for a phone: one row per area with its level as a bar of four
 * steps; the stem (deepest area) is marked, self-assessed levels are lighter and say so.
 */
export function TShapeList({ levels }: { levels: TShapeLevels }) {
  const locale = useLocale() as Locale;
  const t = useTranslations('tshapeList');
  const stem = stemArea(levels);
  return (
    <section
      aria-labelledby="tshape-list-title"
      data-testid="tshape-list"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="tshape-list-title" className="mb-3 text-lg font-semibold">
        {t('title')}
      </h2>
      <ul className="space-y-3">
        {AREA_IDS.map((area) => {
          const entry = levels[area];
          const rank = entry ? LEVEL_RANK[entry.level] : 0;
          const selfAssessed = entry?.status === 'self_assessed';
          return (
            <li key={area}>
              <p className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
                <span className="font-medium text-slate-900">
                  {areaLabel(area, locale)}
                  {area === stem ? <span className="ml-1 text-brand-900">({t('stem')})</span> : null}
                </span>
                <span className="text-slate-700">
                  {entry ? levelLabel(entry.level, locale) : t('none')}
                  {selfAssessed ? ` · ${t('selfAssessed')}` : ''}
                </span>
              </p>
              <div aria-hidden className="mt-1 grid grid-cols-4 gap-1">
                {[1, 2, 3, 4].map((step) => (
                  <span
                    key={step}
                    className={`h-3 rounded-sm ${
                      step > rank
                        ? 'bg-slate-100'
                        : selfAssessed
                          ? 'border border-brand-600 bg-brand-100'
                          : area === stem
                            ? 'bg-brand-900'
                            : 'bg-brand-600'
                    }`}
                  />
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
