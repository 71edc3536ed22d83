import type { Locale } from '@teamspiegel/domain';
import { getTranslations } from 'next-intl/server';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { getSession } from '@/lib/session';
import { formatDate } from '@/lib/vocabulary';
import { AddCertificateForm } from './add-form';
import { listCertificateTypes, listPersonCertificates } from './api';

const STATUS_CLASS = {
  valid: 'bg-covered-soft text-covered',
  expiring: 'bg-spof-soft text-spof',
  expired: 'bg-gap-soft text-gap',
} as const;

/**
 * A person's certificates with the status the API computed (valid, expiring, expired) and whether
 * they are validated; HR and the person's manager record new ones here.
 */
export async function CertificatesSection({ employeeId, locale }: { employeeId: string; locale: Locale }) {
  const t = await getTranslations('certificates');
  const session = await getSession();
  const mayRecord = can(session.role, 'certificates.record') && session.employeeId !== employeeId;
  const [certificates, types] = await Promise.all([
    load(listPersonCertificates(employeeId)),
    mayRecord ? load(listCertificateTypes()) : Promise.resolve(null),
  ]);
  return (
    <section
      aria-labelledby="certificaten"
      className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
      data-testid="certificates"
    >
      <h2 id="certificaten" className="mb-3 text-lg font-semibold">
        {t('title')}
      </h2>
      {certificates.error ? (
        <ProblemState code={certificates.error.code} />
      ) : certificates.data.items.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <ul className="space-y-2 text-sm">
          {certificates.data.items.map((item) => (
            <li
              key={item.id}
              className="flex flex-wrap items-baseline gap-x-3 gap-y-1"
              data-testid="certificate"
            >
              <span className="font-semibold text-slate-800">{item.certificateLabel[locale]}</span>
              <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[item.status]}`}>
                {t(`status.${item.status}`)}
              </span>
              {item.validation === 'pending' ? (
                <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
                  {t('pending')}
                </span>
              ) : null}
              <span className="text-slate-600">
                {item.expiresOn
                  ? t('validThrough', { date: formatDate(item.expiresOn, locale) })
                  : t('noExpiry')}
              </span>
              {item.issuer ? <span className="text-slate-600">{item.issuer}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {types && !types.error ? (
        <AddCertificateForm
          employeeId={employeeId}
          types={types.data.items.map((type) => ({
            id: type.id,
            label: locale === 'nl' ? type.labelNl : type.labelEn,
          }))}
        />
      ) : null}
    </section>
  );
}
