import { getTranslations } from 'next-intl/server';

const KEYS = ['site', 'team', 'fteShare', 'teamKind', 'startDate'] as const;

/** The import's structure columns explained in the app (the template's Toelichting says the same). */
export async function StructureColumns() {
  const t = await getTranslations('import.structure');
  return (
    <details className="mt-3 text-sm text-slate-700">
      <summary className="cursor-pointer font-medium text-brand-700">{t('title')}</summary>
      <p className="mt-2">{t('intro')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p className="mt-2">{t('again')}</p>
    </details>
  );
}
