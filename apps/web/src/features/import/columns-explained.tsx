import { getTranslations } from 'next-intl/server';

/** The import sheets' columns, each explained in the app as the template's Toelichting does. */
const SECTIONS = {
  'import.structure': ['site', 'team', 'fteShare', 'teamKind', 'startDate'],
  'import.certificates': ['email', 'code', 'obtainedOn', 'expiresOn', 'numberIssuer'],
} as const;

/** One sheet's columns (structure or the "Certificaten" sheet) in a disclosure: title, intro, a line per column. */
export async function ColumnsExplained({ section }: { section: keyof typeof SECTIONS }) {
  const t = await getTranslations(section);
  const keys: readonly string[] = SECTIONS[section];
  const text = t as unknown as (key: string) => string;
  return (
    <details className="mt-3 text-sm text-slate-700">
      <summary className="cursor-pointer font-medium text-brand-700">{text('title')}</summary>
      <p className="mt-2">{text('intro')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {keys.map((key) => (
          <li key={key}>{text(key)}</li>
        ))}
      </ul>
      <p className="mt-2">{text('again')}</p>
    </details>
  );
}
