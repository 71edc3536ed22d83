import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { can, navItemsFor } from '@/lib/access';
import type { SignedInSession } from '@/lib/session';
import { logout } from '../auth/actions';
import { NotificationBell } from '../notifications/notification-bell';
import { LanguageSwitch } from './language-switch';
import { NavLinks } from './nav-links';

export async function AppHeader({ session, path }: { session: SignedInSession; path: string }) {
  const t = await getTranslations('nav');
  const items = navItemsFor(session.role, session.employeeId).map((item) => ({
    href: item.href,
    label: t(item.key),
  }));
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-3">
        <Link
          href="/"
          className="inline-flex min-h-11 items-center text-lg font-bold text-brand-700 lg:min-h-0"
        >
          Teamspiegel
        </Link>
        <span className="text-sm text-slate-600">{session.organisation?.name}</span>
        <NavLinks items={items} label={t('label')} />
        <div className="ml-auto flex min-w-0 max-w-full flex-wrap items-center gap-3">
          <span className="min-w-0 text-sm text-slate-700 [overflow-wrap:anywhere]">
            {t('signedInAs', { name: session.user.name })}
            {session.role ? (
              <span className="ml-1 text-slate-500">({t(`roles.${session.role}`)})</span>
            ) : null}
          </span>
          {session.employeeId && can(session.role, 'profile.own') ? <NotificationBell /> : null}
          <LanguageSwitch current={path} />
          <form action={logout}>
            <button
              type="submit"
              className="min-h-11 rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 lg:min-h-0"
            >
              {t('logout')}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
