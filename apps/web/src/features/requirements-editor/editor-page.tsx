import type { Locale } from '@teamspiegel/domain';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ProblemState } from '@/components/problem-state';
import { loadEditorData } from './data';
import { sortLines, toLine } from './lines';
import { RequirementsEditor } from './requirements-editor';

/** /teams/[id]/eisen: the team's target profile for board and HR. */
export async function RequirementsEditorPage({ teamId }: { teamId: string }) {
  const [result, locale, t] = await Promise.all([
    loadEditorData(teamId),
    getLocale(),
    getTranslations('requirementsEditor'),
  ]);
  if (result.error) return <ProblemState code={result.error.code} />;
  const { team, profile, etag, roles, templates } = result.data;
  const lang = locale as Locale;
  const roleOptions = roles
    .map((r) => ({ id: r.id, label: lang === 'en' ? r.labelEn : r.labelNl }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  return (
    <div className="space-y-6">
      <header>
        <Link href={`/teams/${team.id}`} className="text-sm text-brand-700 hover:underline">
          ← {t('backToTeam', { team: team.name })}
        </Link>
        <h1 className="text-2xl font-bold">{t('title', { team: team.name })}</h1>
        <p className="text-slate-600">{t('intro')}</p>
      </header>
      <RequirementsEditor
        // One editor per team; a new ETag from elsewhere replaces its lines (useRequirementsEditor).
        key={team.id}
        teamId={team.id}
        teamKind={team.kind}
        etag={etag}
        initialLines={sortLines(profile.requirements.map(toLine))}
        roles={roleOptions}
        templates={templates}
      />
    </div>
  );
}
