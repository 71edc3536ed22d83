import type { Locale } from '@teamspiegel/domain';
import type { TReminder } from '@teamspiegel/domain/api/reminders';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { getSession } from '@/lib/session';
import { formatDate } from '@/lib/vocabulary';
import { fetchMyReminders } from './data';
import { groupReminders } from './view-model';

/**
 * What needs attention (issue 14 item 7): the same lists as the daily digest mail, as the API
 * computed them (`ownOnly`: one's own certificates only). Nothing is shown when there is nothing to remind of (or the list cannot load:
 * the page around it still works).
 */
export async function RemindersPanel({ ownOnly = false }: { ownOnly?: boolean }) {
  const result = await load(fetchMyReminders());
  if (result.error) return null;
  const own = result.data.own;
  // On one's own profile only one's own; the people one looks after are on the start page.
  const others = ownOnly ? null : result.data.others;
  if (own.length === 0 && (others ?? []).length === 0) return null;
  const t = await getTranslations('compliance.reminders');
  const locale = (await getLocale()) as Locale;
  const session = await getSession();
  const linksToPeople = can(session.role, 'people.read.personal');
  return (
    <section
      aria-labelledby="reminders-title"
      data-testid="reminders"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm"
    >
      <h2 id="reminders-title" className="text-lg font-semibold text-slate-900">
        {t('title')}
      </h2>
      <p className="text-slate-700">{t('intro', { days: result.data.warningDays })}</p>
      {own.length > 0 ? <Groups title={t('own')} reminders={own} locale={locale} withName={false} /> : null}
      {others && others.length > 0 ? (
        <Groups
          title={t('others')}
          reminders={others}
          locale={locale}
          withName
          linksToPeople={linksToPeople}
        />
      ) : null}
    </section>
  );
}

async function Groups({
  title,
  reminders,
  locale,
  withName,
  linksToPeople = false,
}: {
  title: string;
  reminders: readonly TReminder[];
  locale: Locale;
  withName: boolean;
  linksToPeople?: boolean;
}) {
  const t = await getTranslations('compliance.reminders');
  return (
    <div className="mt-3">
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {groupReminders(reminders).map((group) => (
        <div key={group.kind} className="mt-2">
          <h4 className="font-medium text-slate-800">{t(`kind.${group.kind}`)}</h4>
          <ul className="list-disc pl-5">
            {group.items.map((item) => (
              <li key={`${item.employeeId}-${item.certificateTypeId}`}>
                {withName ? (
                  linksToPeople ? (
                    <Link href={`/mensen/${item.employeeId}`} className="text-brand-700 underline">
                      {item.employeeName}
                    </Link>
                  ) : (
                    item.employeeName
                  )
                ) : null}
                {withName ? ': ' : ''}
                {item.certificateLabel[locale]},{' '}
                {item.kind === 'certificate_expired'
                  ? t('expiredOn', { date: formatDate(item.expiresOn, locale) })
                  : t('validThrough', { date: formatDate(item.expiresOn, locale), days: item.daysLeft })}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
