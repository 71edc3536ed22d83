'use client';

import {
  AREA_IDS,
  type AreaId,
  COMPETENCY_SCORE_LABELS,
  LEVEL_IDS,
  type LevelId,
  type Locale,
  type TCoverageSummary,
  type TWhatIfChange,
} from '@teamspiegel/domain';
import type { TRequirementCoverageView, TSimulationView } from '@teamspiegel/domain/api/coverage';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useRef, useState, useTransition } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { StatusBadge, statusLabel } from '@/components/status';
import { areaLabel, levelLabel, requirementTitle, scoreLabel } from '@/lib/vocabulary';
import { simulateTeam } from './actions';
import type { WhatIfMember, WhatIfRequirement } from './options';

type ChangeType = TWhatIfChange['type'];
type PlannedChange = { key: number; change: TWhatIfChange; description: string };

const CHANGE_TYPES: ChangeType[] = [
  'member_leaves',
  'member_joins',
  'member_reaches_level',
  'requirement_changes',
  'requirement_removed',
];

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm';
const labelClass = 'block text-sm font-medium text-slate-800';
const buttonClass =
  'rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-50';
const primaryClass =
  'rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60';

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

  const [type, setType] = useState<ChangeType>('member_leaves');
  const [memberId, setMemberId] = useState(members[0]?.employeeId ?? '');
  const [area, setArea] = useState<AreaId>('pedagogiek');
  const [level, setLevel] = useState<LevelId>('ervaren');
  const [newName, setNewName] = useState('');
  const [newFte, setNewFte] = useState('1');
  const [newLevels, setNewLevels] = useState<Partial<Record<AreaId, LevelId>>>({});
  const [requirementId, setRequirementId] = useState(requirements[0]?.id ?? '');
  const [count, setCount] = useState<string>(String(requirements[0]?.requirement.count ?? 1));
  const [minLevel, setMinLevel] = useState<LevelId>('ervaren');
  const [minScore, setMinScore] = useState<number>(4);
  const [formError, setFormError] = useState<string | null>(null);

  const [changes, setChanges] = useState<PlannedChange[]>([]);
  const [result, setResult] = useState<TSimulationView | null>(null);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [pending, startTransition] = useTransition();

  const memberName = (id: string) =>
    members.find((m) => m.employeeId === id)?.name ?? hypotheticalNames.current.get(id) ?? t('someone');
  const selectedRequirement = requirements.find((r) => r.id === requirementId);

  function chooseRequirement(id: string) {
    setRequirementId(id);
    const found = requirements.find((r) => r.id === id)?.requirement;
    if (!found) return;
    setCount(String(found.count));
    if (found.kind === 'area') setMinLevel(found.minLevel);
    if (found.kind === 'competency') setMinScore(found.minScore);
  }

  function addChange() {
    setFormError(null);
    let change: TWhatIfChange | null = null;
    let description = '';
    switch (type) {
      case 'member_leaves':
        if (!memberId) return setFormError(t('errors.member'));
        change = { type, employeeId: memberId };
        description = t('describe.leaves', { name: memberName(memberId) });
        break;
      case 'member_joins': {
        const name = newName.trim();
        const fte = Number(newFte.replace(',', '.'));
        if (!name) return setFormError(t('errors.name'));
        if (!Number.isFinite(fte) || fte <= 0 || fte > 2) return setFormError(t('errors.fte'));
        const employeeId = `hypothetisch-${nextKey.current}`;
        hypotheticalNames.current.set(employeeId, name);
        change = {
          type,
          member: {
            employeeId,
            fte,
            levels: { ...newLevels },
            competencies: {},
            circles: [],
            development: [],
          },
        };
        const levelWords = AREA_IDS.filter((a) => newLevels[a]).map(
          (a) => `${areaLabel(a, locale)} ${levelLabel(newLevels[a] as LevelId, locale)}`,
        );
        description = t('describe.joins', {
          name,
          levels: levelWords.length > 0 ? levelWords.join(', ') : t('describe.noLevels'),
        });
        setNewName('');
        setNewLevels({});
        break;
      }
      case 'member_reaches_level':
        if (!memberId) return setFormError(t('errors.member'));
        change = { type, employeeId: memberId, area, level };
        description = t('describe.reaches', {
          name: memberName(memberId),
          area: areaLabel(area, locale),
          level: levelLabel(level, locale),
        });
        break;
      case 'requirement_changes': {
        const current = selectedRequirement?.requirement;
        const n = Number(count);
        if (!current) return setFormError(t('errors.requirement'));
        if (!Number.isInteger(n) || n < 0 || n > 1000) return setFormError(t('errors.count'));
        const next =
          current.kind === 'area'
            ? { ...current, count: n, minLevel }
            : current.kind === 'competency'
              ? { ...current, count: n, minScore }
              : { ...current, count: n };
        change = { type, requirement: next };
        const detail =
          next.kind === 'area'
            ? t('describe.countAndLevel', { count: n, level: levelLabel(next.minLevel, locale) })
            : next.kind === 'competency'
              ? t('describe.countAndScore', { count: n, score: next.minScore })
              : t('describe.count', { count: n });
        description = t('describe.requirementChanges', { requirement: selectedRequirement.title, detail });
        break;
      }
      case 'requirement_removed':
        if (!selectedRequirement) return setFormError(t('errors.requirement'));
        change = { type, requirementId: selectedRequirement.id };
        description = t('describe.requirementRemoved', { requirement: selectedRequirement.title });
        break;
    }
    if (!change) return;
    const key = nextKey.current++;
    setChanges((list) => [...list, { key, change, description }]);
    setAnnouncement(t('added', { description }));
  }

  function removeChange(key: number) {
    setChanges((list) => list.filter((c) => c.key !== key));
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
        const code = response.ok ? 'internal_error' : response.code;
        setErrorCode(code);
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

      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
        <legend className="px-1 text-sm font-semibold">{t('newChange')}</legend>
        <div className="max-w-md">
          <label htmlFor={field('type')} className={labelClass}>
            {t('changeType')}
          </label>
          <select
            id={field('type')}
            className={inputClass}
            value={type}
            onChange={(e) => {
              setType(e.target.value as ChangeType);
              setFormError(null);
            }}
          >
            {CHANGE_TYPES.map((option) => (
              <option key={option} value={option}>
                {t(`types.${option}`)}
              </option>
            ))}
          </select>
        </div>

        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {type === 'member_leaves' || type === 'member_reaches_level' ? (
            <div>
              <label htmlFor={field('member')} className={labelClass}>
                {t('member')}
              </label>
              <select
                id={field('member')}
                className={inputClass}
                value={memberId}
                onChange={(e) => setMemberId(e.target.value)}
              >
                {members.map((m) => (
                  <option key={m.employeeId} value={m.employeeId}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}

          {type === 'member_reaches_level' ? (
            <>
              <div>
                <label htmlFor={field('area')} className={labelClass}>
                  {t('area')}
                </label>
                <select
                  id={field('area')}
                  className={inputClass}
                  value={area}
                  onChange={(e) => setArea(e.target.value as AreaId)}
                >
                  {AREA_IDS.map((a) => (
                    <option key={a} value={a}>
                      {areaLabel(a, locale)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <LevelSelect id={field('level')} label={t('level')} value={level} onChange={setLevel} />
                {memberId ? (
                  <p className="mt-1 text-xs text-slate-600">
                    {t('currentLevel', {
                      level: (() => {
                        const current = members.find((m) => m.employeeId === memberId)?.levels[area];
                        return current ? levelLabel(current, locale) : t('noLevel');
                      })(),
                    })}
                  </p>
                ) : null}
              </div>
            </>
          ) : null}

          {type === 'member_joins' ? (
            <>
              <div>
                <label htmlFor={field('name')} className={labelClass}>
                  {t('name')}
                </label>
                <input
                  id={field('name')}
                  className={inputClass}
                  value={newName}
                  onChange={(e) => setNewName(e.target.value)}
                  placeholder={t('namePlaceholder')}
                  autoComplete="off"
                />
              </div>
              <div>
                <label htmlFor={field('fte')} className={labelClass}>
                  {t('fte')}
                </label>
                <input
                  id={field('fte')}
                  className={inputClass}
                  inputMode="decimal"
                  value={newFte}
                  onChange={(e) => setNewFte(e.target.value)}
                />
              </div>
            </>
          ) : null}

          {type === 'requirement_changes' || type === 'requirement_removed' ? (
            <div className="sm:col-span-2">
              <label htmlFor={field('requirement')} className={labelClass}>
                {t('requirement')}
              </label>
              <select
                id={field('requirement')}
                className={inputClass}
                value={requirementId}
                onChange={(e) => chooseRequirement(e.target.value)}
              >
                {requirements.map((r) => (
                  <option key={r.id} value={r.id}>
                    {t('requirementOption', { title: r.title, count: r.requirement.count })}
                  </option>
                ))}
              </select>
            </div>
          ) : null}

          {type === 'requirement_changes' && selectedRequirement ? (
            <>
              <div>
                <label htmlFor={field('count')} className={labelClass}>
                  {t('count')}
                </label>
                <input
                  id={field('count')}
                  type="number"
                  min={0}
                  max={50}
                  step={1}
                  className={inputClass}
                  value={count}
                  onChange={(e) => setCount(e.target.value)}
                />
              </div>
              {selectedRequirement.requirement.kind === 'area' ? (
                <div>
                  <LevelSelect
                    id={field('minLevel')}
                    label={t('minLevel')}
                    value={minLevel}
                    onChange={setMinLevel}
                  />
                </div>
              ) : null}
              {selectedRequirement.requirement.kind === 'competency' ? (
                <div>
                  <label htmlFor={field('minScore')} className={labelClass}>
                    {t('minScore')}
                  </label>
                  <select
                    id={field('minScore')}
                    className={inputClass}
                    value={minScore}
                    onChange={(e) => setMinScore(Number(e.target.value))}
                  >
                    {COMPETENCY_SCORE_LABELS.map((s) => (
                      <option key={s.score} value={s.score}>
                        {scoreLabel(s.score, locale)}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
            </>
          ) : null}
        </div>

        {type === 'member_joins' ? (
          <fieldset className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">{t('levelsPerArea')}</legend>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {AREA_IDS.map((a) => (
                <div key={a}>
                  <label htmlFor={field(`lvl-${a}`)} className="block text-xs font-medium text-slate-700">
                    {areaLabel(a, locale)}
                  </label>
                  <select
                    id={field(`lvl-${a}`)}
                    className={inputClass}
                    value={newLevels[a] ?? ''}
                    onChange={(e) =>
                      setNewLevels((current) => {
                        const next = { ...current };
                        if (e.target.value) next[a] = e.target.value as LevelId;
                        else delete next[a];
                        return next;
                      })
                    }
                  >
                    <option value="">{t('noLevel')}</option>
                    {LEVEL_IDS.map((l) => (
                      <option key={l} value={l}>
                        {levelLabel(l, locale)}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}

        {formError ? (
          <p role="alert" className="text-sm font-medium text-gap">
            {formError}
          </p>
        ) : null}
        <button type="button" className={buttonClass} onClick={addChange} disabled={changes.length >= 50}>
          {t('addChange')}
        </button>
      </fieldset>

      <div>
        <h3 className="text-base font-semibold">{t('plannedTitle', { count: changes.length })}</h3>
        {changes.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noChanges')}</p>
        ) : (
          <ol className="mt-2 space-y-1" data-testid="what-if-changes">
            {changes.map((c, index) => (
              <li
                key={c.key}
                className="flex items-center justify-between gap-3 rounded-md bg-white px-3 py-1.5 text-sm shadow-sm"
              >
                <span>
                  {index + 1}. {c.description}
                </span>
                <button
                  type="button"
                  className="rounded px-2 py-0.5 text-gap hover:bg-gap-soft"
                  onClick={() => removeChange(c.key)}
                >
                  {t('remove')}
                  <span className="sr-only">: {c.description}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="mt-3 flex flex-wrap gap-2">
          <button
            type="button"
            className={primaryClass}
            onClick={calculate}
            disabled={pending || changes.length === 0}
            aria-describedby={field('nothing')}
          >
            {pending ? t('calculating') : t('calculate')}
          </button>
          <button
            type="button"
            className={buttonClass}
            onClick={reset}
            disabled={changes.length === 0 && !result}
          >
            {t('reset')}
          </button>
          <span id={field('nothing')} className="sr-only">
            {t('nothingSaved')}
          </span>
        </div>
      </div>

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

/** A labelled select of the levels (a member's new level, a requirement's minimum level). */
function LevelSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: LevelId;
  onChange: (level: LevelId) => void;
}) {
  const locale = useLocale() as Locale;
  return (
    <>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        className={inputClass}
        value={value}
        onChange={(e) => onChange(e.target.value as LevelId)}
      >
        {LEVEL_IDS.map((l) => (
          <option key={l} value={l}>
            {levelLabel(l, locale)}
          </option>
        ))}
      </select>
    </>
  );
}

function SummaryCompare({ before, after }: { before: TCoverageSummary; after: TCoverageSummary }) {
  const t = useTranslations('whatIf.result');
  const rows = [
    ['requirements', before.requirements, after.requirements],
    ['covered', before.covered, after.covered],
    ['noMargin', before.noMargin, after.noMargin],
    ['spof', before.singlePoints, after.singlePoints],
    ['gaps', before.gaps, after.gaps],
    ['totalGap', before.totalGap, after.totalGap],
    ['projectedTotalGap', before.projectedTotalGap, after.projectedTotalGap],
  ] as const;
  return (
    <table className="w-full max-w-xl text-sm" data-testid="what-if-summary">
      <caption className="text-left font-semibold">{t('summaryCaption')}</caption>
      <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
        <tr>
          <th scope="col" className="py-1">
            {t('measure')}
          </th>
          <th scope="col" className="py-1 text-right">
            {t('before')}
          </th>
          <th scope="col" className="py-1 text-right">
            {t('after')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, b, a]) => (
          <tr
            key={key}
            className={`border-t border-slate-200 ${a !== b ? 'bg-spof-soft font-semibold' : ''}`}
          >
            <th scope="row" className="py-1 text-left font-normal">
              {t(`measures.${key}`)}
            </th>
            <td className="py-1 text-right tabular-nums">{b}</td>
            <td className="py-1 text-right tabular-nums">
              {a !== b ? <span className="sr-only">{t('changed')} </span> : null}
              {a}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Snapshot({
  row,
  statusText,
  nameOf,
}: {
  row: TRequirementCoverageView | undefined;
  statusText: (s: string) => string;
  nameOf: (id: string) => string;
}) {
  const t = useTranslations('whatIf.result');
  if (!row) return <span className="text-slate-600">{t('absent')}</span>;
  const only = row.status === 'single_point' ? row.suppliers[0] : undefined;
  return (
    <div className="space-y-1">
      <StatusBadge status={row.status} label={statusText(row.status)} variant="pill" />
      <div className="text-xs text-slate-700">
        {t('snapshot', { needed: row.requirement.count, supply: row.supply.headcount, gap: row.gap })}
      </div>
      {only ? (
        <div className="text-xs font-semibold text-spof">
          {t('only', { name: only.name ?? nameOf(only.employeeId) })}
        </div>
      ) : row.status === 'no_margin' ? (
        <div className="text-xs font-semibold text-spof">{t('noSlack', { count: row.supply.headcount })}</div>
      ) : null}
    </div>
  );
}

function SimulationResult({
  result,
  locale,
  showAll,
  onToggle,
  nameOf,
  statusText,
}: {
  result: TSimulationView;
  locale: Locale;
  showAll: boolean;
  onToggle: () => void;
  nameOf: (id: string) => string;
  statusText: (s: string) => string;
}) {
  const t = useTranslations('whatIf.result');
  const before = new Map(result.before.map((r) => [r.requirement.id, r]));
  const after = new Map(result.after.map((r) => [r.requirement.id, r]));
  const changed = new Set(result.differences.map((d) => d.requirementId));
  const ids = showAll
    ? [...new Set([...before.keys(), ...after.keys()])]
    : result.differences.map((d) => d.requirementId);
  const titleOf = (id: string) => {
    const row = after.get(id) ?? before.get(id);
    return row ? requirementTitle(row.requirement, row.roleLabel, locale) : id;
  };
  ids.sort(
    (a, b) => Number(changed.has(b)) - Number(changed.has(a)) || titleOf(a).localeCompare(titleOf(b), locale),
  );

  return (
    <div data-testid="what-if-result" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="text-base font-semibold">{t('title')}</h3>
      <p className="text-sm text-slate-700">{t('notSaved')}</p>
      <SummaryCompare before={result.beforeSummary} after={result.afterSummary} />
      {result.differences.length === 0 && !showAll ? (
        <p className="text-sm">{t('noDifferences')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-sm">
            <caption className="text-left font-semibold">
              {showAll ? t('allCaption') : t('differencesCaption', { count: result.differences.length })}
            </caption>
            <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3">
                  {t('requirement')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t('before')}
                </th>
                <th scope="col" className="py-1">
                  {t('after')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ids.map((id) => {
                const isChanged = changed.has(id);
                const afterRow = after.get(id);
                return (
                  <tr
                    key={id}
                    data-testid={`what-if-row-${id}`}
                    data-changed={isChanged}
                    data-status-after={afterRow?.status ?? 'removed'}
                    className={`border-t border-slate-200 align-top ${isChanged ? 'bg-spof-soft/60' : 'text-slate-600'}`}
                  >
                    <th scope="row" className="py-2 pr-3 text-left font-medium">
                      {titleOf(id)}
                      {isChanged ? (
                        <span className="ml-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white">
                          {t('changedTag')}
                        </span>
                      ) : null}
                    </th>
                    <td className="py-2 pr-3">
                      <Snapshot row={before.get(id)} statusText={statusText} nameOf={nameOf} />
                    </td>
                    <td className="py-2">
                      <Snapshot row={afterRow} statusText={statusText} nameOf={nameOf} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" onClick={onToggle} className={buttonClass} aria-pressed={showAll}>
        {showAll ? t('showDifferences') : t('showAll')}
      </button>
    </div>
  );
}
