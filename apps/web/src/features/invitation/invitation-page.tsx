import type { ZInvitationPreview } from '@teamspiegel/domain/api/auth';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { ProblemState } from '@/components/problem-state';
import { LanguageSwitch } from '@/features/shell/language-switch';
import { apiFetch } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';
import { AcceptInvitationForm } from './accept-form';

type TInvitationPreview = z.infer<typeof ZInvitationPreview>;

type Preview =
  | { kind: 'ok'; preview: TInvitationPreview }
  | { kind: 'unusable'; reason: string }
  | { kind: 'error'; code: string };

/** Which message an unusable link gets: 404 unknown, 409 used, 410 expired or revoked. */
async function loadPreview(token: string): Promise<Preview> {
  try {
    const preview = await apiFetch<TInvitationPreview>('/api/invitations/preview', {
      anonymous: true,
      query: { token },
    });
    return { kind: 'ok', preview };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === 'invitation_expired') return { kind: 'unusable', reason: 'expired' };
    if (error.code === 'invitation_revoked') return { kind: 'unusable', reason: 'revoked' };
    if (error.status === 409) return { kind: 'unusable', reason: 'used' };
    if (error.status === 410) return { kind: 'unusable', reason: 'expired' };
    // 404, and 400 for a token that cannot be one (too short or long).
    if (error.status === 404 || error.status === 400) return { kind: 'unusable', reason: 'notFound' };
    return { kind: 'error', code: error.code };
  }
}

/** Public page behind the link in the invitation e-mail (no session needed). */
export async function InvitationPage({ token, path }: { token: string; path: string }) {
  const t = await getTranslations('invitation');
  const tRoles = await getTranslations('nav.roles');
  const tApp = await getTranslations('app');
  const result = await loadPreview(token);

  return (
    <main
      id="inhoud"
      className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-4 py-12 sm:px-6"
    >
      <div className="mb-6 flex items-center justify-between">
        <p className="text-2xl font-bold text-brand-700">{tApp('name')}</p>
        <LanguageSwitch current={path} />
      </div>
      <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-8">
        {result.kind === 'ok' ? (
          <>
            <h1 className="text-xl font-semibold">{t('title')}</h1>
            <p className="mt-1 text-slate-700">
              {t('intro', { organisation: result.preview.organisation.name })}
            </p>
            <dl className="my-6 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 rounded-lg bg-brand-50 p-4 text-sm">
              <dt className="font-medium text-slate-700">{t('organisation')}</dt>
              <dd className="[overflow-wrap:anywhere]">{result.preview.organisation.name}</dd>
              <dt className="font-medium text-slate-700">{t('name')}</dt>
              <dd className="[overflow-wrap:anywhere]">{result.preview.name}</dd>
              <dt className="font-medium text-slate-700">{t('email')}</dt>
              <dd className="[overflow-wrap:anywhere]">{result.preview.email}</dd>
              <dt className="font-medium text-slate-700">{t('role')}</dt>
              <dd className="[overflow-wrap:anywhere]">{tRoles(result.preview.role)}</dd>
            </dl>
            <h2 className="mb-2 text-lg font-semibold">
              {result.preview.accountExists ? t('formTitleExisting') : t('formTitle')}
            </h2>
            {result.preview.accountExists ? (
              <p className="mb-4 text-sm text-slate-700">
                {t('existingAccount', { email: result.preview.email })}
              </p>
            ) : null}
            <AcceptInvitationForm
              token={token}
              name={result.preview.name}
              accountExists={result.preview.accountExists}
            />
          </>
        ) : result.kind === 'unusable' ? (
          <div role="alert">
            <h1 className="text-xl font-semibold">{t('problemTitle')}</h1>
            <p className="mt-2 text-slate-700">{t(result.reason)}</p>
            <Link
              href="/login"
              className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900"
            >
              {t('toLogin')}
            </Link>
          </div>
        ) : (
          <>
            <h1 className="mb-4 text-xl font-semibold">{t('title')}</h1>
            <ProblemState code={result.code} />
          </>
        )}
      </div>
    </main>
  );
}
