'use client';

import type { Locale } from '@teamspiegel/domain';
import type { TSimulationView } from '@teamspiegel/domain/api/coverage';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useRef, useState, useTransition } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { statusLabel } from '@/components/status';
import { simulateTeam } from './actions';
import { ChangeForm } from './change-form';
import type { WhatIfMember, WhatIfRequirement } from './options';
import { PlannedChanges } from './planned-changes';
import { SimulationResult } from './simulation-result';
import {
  buildChange,
  type ChangeDraft,
  chooseRequirement,
  initialDraft,
  type PlannedChange,
} from './view-model';

/**
 * The what-if panel: build a list of changes (people leave, join or grow; requirements change or go),
 * then "Doorrekenen" asks the API to recompute coverage. Nothing is saved.
 */
export function WhatIfPanel({
  teamId,
  members,
  requirements,
}: {
  teamId: string;
  members: WhatIfMember[];
  requirements: WhatIfRequirement[];
}) {
  const t = useTranslations('whatIf');
  const locale = useLocale() as Locale;
  const uid = useId();
  const nextKey = useRef(1);
  const hypotheticalNames = useRef(new Map<string, string>());

  const [draft, setDraft] = useState<ChangeDraft>(() =>
    initialDraft(members[0]?.employeeId ?? '', requirements[0]),
  );
  const [formError, setFormError] = useState<string | null>(null);
  const [changes, setChanges] = useState<PlannedChange[]>([]);
  const [result, setResult] = useState<TSimulationView | null>(null);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [pending, startTransition] = useTransition();

  const update = (patch: Partial<ChangeDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const memberName = (id: string) =>
    members.find((m) => m.employeeId === id)?.name ?? hypotheticalNames.current.get(id) ?? t('someone');

  function addChange() {
    setFormError(null);
    const hypotheticalId = `hypothetisch-${nextKey.current}`;
    const built = buildChange(draft, { requirements, hypotheticalId, nameOf: memberName, locale, t });
    if (!built.ok) return setFormError(t(`errors.${built.error}`));
    if (built.change.type === 'member_joins') {
      hypotheticalNames.current.set(hypotheticalId, draft.newName.trim());
      update({ newName: '', newLevels: {} });
    }
    const key = nextKey.current++;
    setChanges((list) => [...list, { key, change: built.change, description: built.description }]);
    setAnnouncement(t('added', { description: built.description }));
  }

  function calculate() {
    setErrorCode(null);
    startTransition(async () => {
      const response = await simulateTeam(
        teamId,
        changes.map((c) => c.change),
      );
      if (response.ok && response.data) {
        setResult(response.data);
        const s = response.data;
        setAnnouncement(
          t('announce', {
            changed: s.differences.length,
            before: s.beforeSummary.totalGap,
            after: s.afterSummary.totalGap,
          }),
        );
      } else {
        setResult(null);
        setErrorCode(response.ok ? 'internal_error' : response.code);
        setAnnouncement('');
      }
    });
  }

  function reset() {
    setChanges([]);
    setResult(null);
    setErrorCode(null);
    setAnnouncement(t('cleared'));
  }

  const field = (name: string) => `${uid}-${name}`;

  return (
    <section
      aria-labelledby={field('kop')}
      data-testid="what-if"
      className="space-y-4 rounded-xl border-2 border-dashed border-brand-600 bg-brand-50/60 p-4 no-print"
    >
      <div>
        <h2 id={field('kop')} className="text-xl font-semibold">
          {t('title')}
        </h2>
        <p className="text-sm text-slate-700">{t('intro')}</p>
        <p className="mt-1 text-sm font-semibold text-brand-900">{t('nothingSaved')}</p>
      </div>

      <ChangeForm
        draft={draft}
        update={update}
        onChooseRequirement={(id) => setDraft((current) => chooseRequirement(current, requirements, id))}
        members={members}
        requirements={requirements}
        formError={formError}
        onTypeChange={(type) => {
          update({ type });
          setFormError(null);
        }}
        onAdd={addChange}
        full={changes.length >= 50}
        field={field}
      />

      <PlannedChanges
        changes={changes}
        onRemove={(key) => setChanges((list) => list.filter((c) => c.key !== key))}
        onCalculate={calculate}
        onReset={reset}
        pending={pending}
        hasResult={result !== null}
        field={field}
      />

      <div
        aria-live="polite"
        role="status"
        className="text-sm font-medium"
        data-testid="what-if-announcement"
      >
        {announcement}
      </div>
      {errorCode ? <ErrorMessage code={errorCode} /> : null}

      {result ? (
        <SimulationResult
          result={result}
          locale={locale}
          showAll={showAll}
          onToggle={() => setShowAll((v) => !v)}
          nameOf={memberName}
          statusText={(s) => statusLabel(s, locale)}
        />
      ) : null}
    </section>
  );
}
