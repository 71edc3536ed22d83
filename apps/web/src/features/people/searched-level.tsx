import type { LevelId } from '@teamspiegel/domain';
import type { TAssessmentStatus } from '@teamspiegel/domain/api/employees';
import { getTranslations } from 'next-intl/server';
import { type Locale, levelLabel } from '@/lib/vocabulary';

/** The level in the area that was searched for, with a visible mark when it is self-assessed. */
export async function SearchedLevel({
  cell,
  locale,
}: {
  cell: { level: LevelId; status: TAssessmentStatus } | undefined;
  locale: Locale;
}) {
  const t = await getTranslations('peopleAdmin');
  if (!cell) return <span>—</span>;
  return (
    <span className="whitespace-nowrap">
      <span className="font-medium">{levelLabel(cell.level, locale)}</span>
      {cell.status === 'self_assessed' ? (
        <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900" title={t('selfAssessed')}>
          <span aria-hidden="true">{t('selfAssessedShort')}</span>
          <span className="sr-only">{t('selfAssessed')}</span>
        </span>
      ) : null}
    </span>
  );
}
