import { getTranslations } from 'next-intl/server';

const KEYS = ['email', 'code', 'obtainedOn', 'expiresOn', 'numberIssuer'] as const;

/** The sheet "Certificaten" explained in the app (the template's Toelichting says the same). */
export async function CertificateColumns() {
  const t = await getTranslations('import.certificates');
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
