import type { Locale } from '@teamspiegel/domain';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/problem-state';
import { formatDate } from '@/lib/vocabulary';
import { loadNotifications } from './data';
import { notificationHref, notificationText } from './notification-text';
import { MarkAllReadButton, MarkReadButton } from './read-buttons';

/** "Meldingen": the outcomes of her validation requests and development wishes, newest first. */
export async function NotificationsPage() {
  const t = await getTranslations('notifications');
  const locale = (await getLocale()) as Locale;
  const list = await loadNotifications(50);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="text-slate-700">{t('intro')}</p>
        </div>
        {list && list.unread > 0 ? <MarkAllReadButton /> : null}
      </header>
      {list === null ? (
        <p role="alert" className="text-gap">
          {t('error')}
        </p>
      ) : list.items.length === 0 ? (
        <EmptyState title={t('empty')}>{t('intro')}</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="notifications">
          {list.items.map((item) => {
            const text = notificationText(item, locale, t);
            return (
              <li
                key={item.id}
                data-testid="notification"
                data-kind={item.kind}
                className={`rounded-lg border p-4 ${item.readAt ? 'border-slate-200 bg-white' : 'border-brand-600 bg-brand-50'}`}
              >
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                    <p className="font-medium text-slate-900">
                      {item.readAt ? null : (
                        <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white">
                          {t('unread')}
                        </span>
                      )}
                      {text}
                    </p>
                    {item.note ? (
                      <p className="mt-1 text-slate-700">{t('note', { note: item.note })}</p>
                    ) : null}
                    <p className="mt-1 text-sm text-slate-600">{formatDate(item.createdAt, locale)}</p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <Link
                      href={notificationHref(item)}
                      className="inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-brand-700 underline underline-offset-2"
                    >
                      {t('open')}
                    </Link>
                    {item.readAt ? null : <MarkReadButton id={item.id} text={text} />}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
