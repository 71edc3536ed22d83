import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AppHeader } from '@/features/shell/app-header';
import { mayOpen } from '@/lib/access';
import { getSession, isSignedIn } from '@/lib/session';

/**
 * Every signed-in page: header with the role's menu, then the page. A page the role may not open
 * (lib/access.ts) answers 403 with app/forbidden.tsx. The check sits here, above the pages' loading
 * boundary, so the status is really sent (a page inside a streamed Suspense boundary cannot set it).
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const session = await getSession();
  if (!isSignedIn(session)) redirect('/login');
  const t = await getTranslations('app');
  const path = (await headers()).get('x-pathname') ?? '/';
  if (!mayOpen(session.role, path)) forbidden();
  return (
    <>
      <a
        href="#inhoud"
        className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2"
      >
        {t('skipToContent')}
      </a>
      <AppHeader session={session} path={path} />
      <main id="inhoud" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
