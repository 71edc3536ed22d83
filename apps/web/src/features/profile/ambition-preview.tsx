'use client';

import type { AreaId, LevelId } from '@teamspiegel/domain';
import type { TAmbitionImpactPreview } from '@teamspiegel/domain/api/ambition-impact';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { previewAmbitionImpact } from './actions';
import { requirementWords } from './requirement-words';

type Preview = { kind: 'loading' } | { kind: 'ready'; preview: TAmbitionImpactPreview } | { kind: 'error' };

/**
 * Before saving: "Jouw ambitie zou het hiaat Pedagogiek, minimaal ervaren in Unit 3–6 dichten",
 * as the API computes it for the area and level she is choosing (the web computes nothing).
 */
export function AmbitionPreview({ area, targetLevel }: { area: AreaId; targetLevel: LevelId }) {
  const t = useTranslations('ambitionPreview');
  const tRequirement = useTranslations('pendingLevels');
  const locale = useLocale() as 'nl' | 'en';
  const [state, setState] = useState<Preview>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    previewAmbitionImpact(area, targetLevel).then(
      (result) => {
        if (!current) return;
        setState(result.ok && result.data ? { kind: 'ready', preview: result.data } : { kind: 'error' });
      },
      () => current && setState({ kind: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [area, targetLevel]);

  const effects = state.kind === 'ready' ? state.preview.requirements.filter((item) => item.closesGap) : [];
  return (
    <div
      aria-live="polite"
      data-testid="ambition-preview"
      data-state={state.kind}
      className="rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm"
    >
      <p className="font-semibold text-slate-900">
        {t('title')} <span className="font-normal text-slate-600">({t('notSaved')})</span>
      </p>
      {state.kind === 'loading' ? (
        <p className="text-slate-700">{t('loading')}</p>
      ) : state.kind === 'error' ? (
        <p className="text-gap">{t('error')}</p>
      ) : effects.length === 0 ? (
        <p className="text-slate-700">{t('none')}</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {effects.map((item) => (
            <li
              key={`${item.teamId}-${item.requirementId}`}
              data-testid="ambition-preview-effect"
              className="text-slate-900"
            >
              <span aria-hidden className="mr-1 text-covered">
                ★
              </span>
              {t(item.after.gap === 0 ? 'closes' : 'reduces', {
                requirement: requirementWords(item, locale, tRequirement),
                team: item.teamName,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
