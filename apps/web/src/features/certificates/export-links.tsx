import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/access';
import { getSession } from '@/lib/session';

/** "Certificates: Excel / CSV" downloads (issue 14 item 8), for who may export coverage. */
export async function CertificateExportLinks() {
  const session = await getSession();
  if (!can(session.role, 'coverage.export')) return null;
  const t = await getTranslations('compliance.export');
  const linkClass = 'text-sm font-medium text-brand-700 underline underline-offset-2';
  return (
    <nav aria-label={t('label')} className="no-print mb-3 flex flex-wrap justify-end gap-3 print:hidden">
      <span className="text-sm text-slate-600">{t('label')}:</span>
      <a href="/export/certificaten?format=xlsx" className={linkClass} download>
        {t('excel')}
      </a>
      <a href="/export/certificaten?format=csv" className={linkClass} download>
        {t('csv')}
      </a>
    </nav>
  );
}
