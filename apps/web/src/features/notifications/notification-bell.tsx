import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { loadNotifications } from './data';

/**
 * The bell in the header: a link to Meldingen with the number of unread notifications. Rendered
 * only for a login with an own employee record (the caller decides); a failing API hides the count.
 */
export async function NotificationBell() {
  const t = await getTranslations('notifications');
  const list = await loadNotifications(1);
  const unread = list?.unread ?? 0;
  return (
    <Link
      href="/meldingen"
      data-testid="notification-bell"
      aria-label={unread > 0 ? t('bellUnread', { count: unread }) : t('bell')}
      className="relative inline-flex min-h-11 min-w-11 items-center lg:min-h-8 lg:min-w-8 justify-center rounded-md text-slate-700 hover:bg-slate-100"
    >
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className="h-6 w-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden
          data-testid="notification-count"
          className="absolute top-0.5 right-0.5 min-w-5 rounded-full bg-gap px-1 text-center text-xs font-bold leading-5 text-white"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
