import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/features/auth/login-form';
import { LanguageSwitch } from '@/features/shell/language-switch';
import { homeFor } from '@/lib/access';
import { getSession, isSignedIn } from '@/lib/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('loginTitle') };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ volgende?: string; reden?: string }>;
}) {
  const session = await getSession();
  const { volgende, reden } = await searchParams;
  // After the API refused the session (logged out elsewhere, role changed) the cookie may still look
  // signed in: show the form instead of sending the visitor back into the refusal.
  if (isSignedIn(session) && session.organisation && reden !== 'sessie') redirect(homeFor(session.role));
  const t = await getTranslations();
  return (
    <main id="inhoud" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <div className="mb-6 flex items-center justify-between">
        <p className="text-2xl font-bold text-brand-700">{t('app.name')}</p>
        <LanguageSwitch current="/login" />
      </div>
      <div className="rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold">{t('auth.loginTitle')}</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">{t('auth.loginIntro')}</p>
        {reden === 'sessie' ? (
          <p role="status" className="mb-4 rounded-md bg-spof-soft px-3 py-2 text-sm text-spof">
            {t('auth.sessionExpired')}
          </p>
        ) : null}
        <LoginForm next={volgende ?? null} />
      </div>
      <p className="mt-6 text-sm text-slate-600">{t('app.tagline')}</p>
    </main>
  );
}
