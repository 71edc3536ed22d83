'use client';

import {
  AREA_IDS,
  type AreaId,
  CIRCLE_IDS,
  type CircleId,
  COMPETENCY_IDS,
  COMPETENCY_SCORE_LABELS,
  type CompetencyId,
  LEVEL_IDS,
  type LevelId,
  type Locale,
} from '@teamspiegel/domain';
import type { TRequirementTemplate } from '@teamspiegel/domain/api/requirement-templates';
import type { TTeamRequirementLine } from '@teamspiegel/domain/api/team-requirements';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { areaLabel, circleLabel, competencyLabel, levelLabel, scoreLabel } from '@/lib/vocabulary';
import { saveRequirements } from './actions';
import { sortLines, toLine } from './lines';

type Kind = TTeamRequirementLine['kind'];
export type EditorLine = TTeamRequirementLine & { key: string };
export type RoleOption = { id: string; label: string };

// Certificate lines (issue 14) are not edited here yet, but kept: a save sends them back unchanged.
const KINDS: Kind[] = ['area', 'role', 'competency', 'circle', 'certificate'];

const inputClass = 'block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm';
const invalidClass = 'border-gap ring-1 ring-gap';
const buttonClass =
  'rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-50';
const primaryClass =
  'rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60';

/** Keys are deterministic (generation + index) so server and client render the same ids. */
function withKeys(lines: TTeamRequirementLine[], generation: number): EditorLine[] {
  return lines.map((line, index) => ({ ...line, key: `r${generation}-${index}` }));
}

function blankLine(kind: Kind, roles: RoleOption[]): TTeamRequirementLine {
  switch (kind) {
    case 'area':
      return { kind, area: 'pedagogiek', minLevel: 'ervaren', count: 1 };
    case 'role':
      return { kind, roleDefinitionId: roles[0]?.id ?? '', count: 1 };
    case 'competency':
      return { kind, competency: 'samenwerkingsgerichtheid', minScore: 4, count: 1 };
    case 'circle':
      return { kind, circle: 'buurt', count: 1 };
    case 'certificate':
      return { kind, certificateTypeId: '', count: 1 };
  }
}

/** Lines in the order they are shown and sent (by kind), so API error paths map back to rows. */
function ordered(lines: EditorLine[]): EditorLine[] {
  return KINDS.flatMap((kind) => lines.filter((l) => l.kind === kind));
}

function strip(lines: EditorLine[]): TTeamRequirementLine[] {
  return ordered(lines).map(({ key: _key, ...line }) => line as TTeamRequirementLine);
}

/** Comparable form of a profile: lines by kind, in their order within a kind. */
function fingerprint(lines: TTeamRequirementLine[]): string {
  return JSON.stringify(KINDS.flatMap((kind) => lines.filter((l) => l.kind === kind)));
}

/**
 * The team's target profile: tiers per area, roles, competencies and circles; start from a template,
 * add and remove lines, and save the whole profile at once (If-Match guards against overwriting).
 */
export function RequirementsEditor({
  teamId,
  teamKind,
  etag: initialEtag,
  initialLines,
  roles,
  templates,
}: {
  teamId: string;
  teamKind: string;
  etag: string;
  initialLines: TTeamRequirementLine[];
  roles: RoleOption[];
  templates: TRequirementTemplate[];
}) {
  const t = useTranslations('requirementsEditor');
  const locale = useLocale() as Locale;
  const uid = useId();
  const generation = useRef(0);
  const nextGeneration = () => {
    generation.current += 1;
    return generation.current;
  };
  const [lines, setLines] = useState<EditorLine[]>(() => withKeys(initialLines, 0));
  const [saved, setSaved] = useState<string>(() => fingerprint(initialLines));
  const [etag, setEtag] = useState(initialEtag);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [pending, startTransition] = useTransition();
  const suggested = templates.find((tpl) => tpl.teamKind === teamKind);
  const [templateId, setTemplateId] = useState(suggested?.id ?? templates[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const dirty = fingerprint(strip(lines)) !== saved;
  const template = templates.find((tpl) => tpl.id === templateId);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const roleLabel = (id: string) => roles.find((r) => r.id === id)?.label ?? t('unknownRole');

  function update(key: string, patch: Partial<TTeamRequirementLine>) {
    setLines((list) => list.map((l) => (l.key === key ? ({ ...l, ...patch } as EditorLine) : l)));
    setStatus('');
  }

  function add(kind: Kind) {
    const line = { ...blankLine(kind, roles), key: `n${nextGeneration()}` } as EditorLine;
    setLines((list) => [...list, line]);
    setStatus(t('lineAdded', { kind: t(`kinds.${kind}`) }));
    requestAnimationFrame(() => document.getElementById(`${uid}-${line.key}-first`)?.focus());
  }

  function remove(key: string, description: string) {
    setLines((list) => list.filter((l) => l.key !== key));
    setFieldErrors({});
    setStatus(t('lineRemoved', { line: description }));
  }

  function applyTemplate() {
    if (!template) return;
    setLines(withKeys(template.requirements, nextGeneration()));
    setFieldErrors({});
    setConfirming(false);
    setStatus(
      t('templateApplied', { template: template.label[locale], count: template.requirements.length }),
    );
  }

  function askTemplate() {
    if (!template) return;
    if (lines.length === 0) applyTemplate();
    else setConfirming(true);
  }

  /** Field errors keyed by line key and field name, from paths like `requirements.2.count`. */
  function mapErrors(errors: Record<string, string> | undefined, sent: EditorLine[]) {
    const out: Record<string, string> = {};
    for (const path of Object.keys(errors ?? {})) {
      const match = /^requirements\.(\d+)\.?(\w+)?/.exec(path);
      const line = match ? sent[Number(match[1])] : undefined;
      if (line) out[`${line.key}.${match?.[2] ?? 'line'}`] = path;
      else out.form = path;
    }
    return out;
  }

  function validate(sent: EditorLine[]) {
    const out: Record<string, string> = {};
    sent.forEach((line, index) => {
      if (!Number.isInteger(line.count) || line.count < 0 || line.count > 50) {
        out[`${line.key}.count`] = `requirements.${index}.count`;
      }
      if (line.kind === 'role' && !line.roleDefinitionId) {
        out[`${line.key}.roleDefinitionId`] = `requirements.${index}.roleDefinitionId`;
      }
    });
    return out;
  }

  function save() {
    const sent = ordered(lines);
    const clientErrors = validate(sent);
    setErrorCode(null);
    if (Object.keys(clientErrors).length > 0) {
      setFieldErrors(clientErrors);
      setErrorCode('validation_failed');
      setStatus('');
      return;
    }
    setFieldErrors({});
    startTransition(async () => {
      const result = await saveRequirements(teamId, etag, strip(sent));
      if (result.ok && result.data) {
        const fresh = sortLines(result.data.profile.requirements.map(toLine));
        setEtag(result.data.etag);
        setLines(withKeys(fresh, nextGeneration()));
        setSaved(fingerprint(fresh));
        setStatus(t('saved', { count: fresh.length }));
      } else if (!result.ok) {
        setErrorCode(result.code);
        setFieldErrors(mapErrors(result.fieldErrors, sent));
        setStatus('');
      }
    });
  }

  const errorFor = (key: string, fieldName: string) =>
    fieldErrors[`${key}.${fieldName}`] ?? (fieldName === 'count' ? undefined : fieldErrors[`${key}.line`]);

  const describeLine = (line: TTeamRequirementLine) => {
    switch (line.kind) {
      case 'area':
        return `${areaLabel(line.area, locale)} ≥ ${levelLabel(line.minLevel, locale)}`;
      case 'role':
        return roleLabel(line.roleDefinitionId);
      case 'competency':
        return `${competencyLabel(line.competency, locale)} ≥ ${line.minScore}`;
      case 'circle':
        return circleLabel(line.circle, locale);
      case 'certificate':
        return '';
    }
  };

  const fieldError = (lineKey: string, name: string) => {
    const path = errorFor(lineKey, name);
    if (!path) return null;
    const message =
      name === 'count'
        ? t('fieldErrors.count')
        : name === 'roleDefinitionId'
          ? t('fieldErrors.role')
          : t('fieldErrors.generic');
    return (
      <p
        id={`${uid}-${lineKey}-${name}-error`}
        className="mt-1 text-xs font-medium text-gap"
        data-path={path}
      >
        {message}
      </p>
    );
  };

  const fieldProps = (line: EditorLine, name: string, first = false) => {
    const invalid = Boolean(errorFor(line.key, name));
    return {
      id: first ? `${uid}-${line.key}-first` : `${uid}-${line.key}-${name}`,
      'aria-invalid': invalid || undefined,
      'aria-describedby': invalid ? `${uid}-${line.key}-${name}-error` : undefined,
      className: `${inputClass} ${invalid ? invalidClass : ''}`,
      'data-field': name,
    };
  };

  const countInput = (line: EditorLine) => {
    const props = fieldProps(line, 'count');
    return (
      <>
        <label htmlFor={props.id} className="sr-only">
          {t('columns.count')}: {describeLine(line)}
        </label>
        <input
          {...props}
          type="number"
          inputMode="numeric"
          min={0}
          max={50}
          step={1}
          value={Number.isNaN(line.count) ? '' : line.count}
          onChange={(e) =>
            update(line.key, { count: e.target.value === '' ? Number.NaN : Number(e.target.value) })
          }
        />
        {fieldError(line.key, 'count')}
      </>
    );
  };

  const removeButton = (line: EditorLine) => {
    const description = describeLine(line);
    return (
      <button
        type="button"
        className="rounded px-2 py-1 text-sm text-gap hover:bg-gap-soft"
        onClick={() => remove(line.key, description)}
      >
        {t('remove')}
        <span className="sr-only">: {description}</span>
      </button>
    );
  };

  const section = (kind: Kind, columns: string[], children: React.ReactNode) => {
    const count = lines.filter((l) => l.kind === kind).length;
    return (
      <section
        aria-labelledby={`${uid}-${kind}-kop`}
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        data-testid={`editor-section-${kind}`}
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={`${uid}-${kind}-kop`} className="text-lg font-semibold">
            {t(`sections.${kind}.title`)}{' '}
            <span className="text-sm font-normal text-slate-600">({count})</span>
          </h2>
          <p className="text-sm text-slate-600">{t(`sections.${kind}.hint`)}</p>
        </div>
        {count > 0 ? (
          <table className="mt-3 w-full text-sm">
            <thead className="text-left text-xs uppercase tracking-wide text-slate-600">
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col" className="pb-1 pr-2">
                    {c}
                  </th>
                ))}
                <th scope="col" className="pb-1">
                  <span className="sr-only">{t('columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        ) : (
          <p className="mt-2 text-sm text-slate-600">{t('noLines')}</p>
        )}
        <button
          type="button"
          className={`${buttonClass} mt-3`}
          onClick={() => add(kind)}
          disabled={kind === 'role' && roles.length === 0}
        >
          {t(`sections.${kind}.add`)}
        </button>
      </section>
    );
  };

  const areaLines = lines.filter((l): l is EditorLine & { kind: 'area' } => l.kind === 'area');
  const roleLines = lines.filter((l): l is EditorLine & { kind: 'role' } => l.kind === 'role');
  const competencyLines = lines.filter(
    (l): l is EditorLine & { kind: 'competency' } => l.kind === 'competency',
  );
  const circleLines = lines.filter((l): l is EditorLine & { kind: 'circle' } => l.kind === 'circle');

  return (
    <div className="space-y-6" data-testid="requirements-editor" data-etag={etag}>
      <section
        aria-labelledby={`${uid}-sjabloon`}
        className="rounded-xl border border-brand-100 bg-brand-50 p-4"
        data-testid="template-picker"
      >
        <h2 id={`${uid}-sjabloon`} className="text-lg font-semibold">
          {t('templates.title')}
        </h2>
        <p className="text-sm text-slate-700">{t('templates.intro')}</p>
        <div className="mt-3 flex flex-wrap items-end gap-3">
          <div className="min-w-64">
            <label htmlFor={`${uid}-template`} className="block text-sm font-medium">
              {t('templates.label')}
            </label>
            <select
              id={`${uid}-template`}
              className={`${inputClass} mt-1`}
              value={templateId}
              onChange={(e) => {
                setTemplateId(e.target.value);
                setConfirming(false);
              }}
            >
              {templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.label[locale]}
                  {tpl.teamKind === teamKind ? ` (${t('templates.suits')})` : ''}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className={buttonClass} onClick={askTemplate} disabled={!template}>
            {t('templates.use')}
          </button>
        </div>
        {template ? (
          <p className="mt-2 text-sm text-slate-700">
            {template.description[locale]} {t('templates.lineCount', { count: template.requirements.length })}
          </p>
        ) : null}
        {template && template.unresolvedRoleKeys.length > 0 ? (
          <p className="mt-1 text-sm text-spof">
            {t('templates.unresolved', { roles: template.unresolvedRoleKeys.join(', ') })}
          </p>
        ) : null}
        {confirming && template ? (
          <div
            role="alertdialog"
            aria-labelledby={`${uid}-confirm-title`}
            aria-describedby={`${uid}-confirm-text`}
            className="mt-3 rounded-lg border border-spof bg-spof-soft p-3"
            data-testid="template-confirm"
            onKeyDown={(e) => {
              if (e.key === 'Escape') setConfirming(false);
            }}
          >
            <p id={`${uid}-confirm-title`} className="font-semibold text-spof">
              {t('templates.confirmTitle')}
            </p>
            <p id={`${uid}-confirm-text`} className="text-sm">
              {t('templates.confirmText', {
                current: lines.length,
                template: template.label[locale],
                count: template.requirements.length,
              })}
            </p>
            <div className="mt-2 flex gap-2">
              <button ref={confirmButton} type="button" className={primaryClass} onClick={applyTemplate}>
                {t('templates.confirm')}
              </button>
              <button type="button" className={buttonClass} onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        ) : null}
      </section>

      {lines.length === 0 ? (
        <div
          className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700"
          data-testid="editor-empty"
        >
          <p className="font-medium">{t('empty.title')}</p>
          <p className="mt-1 text-sm">{t('empty.text')}</p>
        </div>
      ) : null}

      {section(
        'area',
        [t('columns.area'), t('columns.minLevel'), t('columns.count')],
        areaLines.map((line) => (
          <tr key={line.key} className="border-t border-slate-100 align-top" data-testid="editor-line">
            <td className="py-1.5 pr-2">
              <label htmlFor={fieldProps(line, 'area', true).id} className="sr-only">
                {t('columns.area')}
              </label>
              <select
                {...fieldProps(line, 'area', true)}
                value={line.area}
                onChange={(e) => update(line.key, { area: e.target.value as AreaId })}
              >
                {AREA_IDS.map((a) => (
                  <option key={a} value={a}>
                    {areaLabel(a, locale)}
                  </option>
                ))}
              </select>
              {fieldError(line.key, 'area')}
            </td>
            <td className="py-1.5 pr-2">
              <label htmlFor={fieldProps(line, 'minLevel').id} className="sr-only">
                {t('columns.minLevel')}: {areaLabel(line.area, locale)}
              </label>
              <select
                {...fieldProps(line, 'minLevel')}
                value={line.minLevel}
                onChange={(e) => update(line.key, { minLevel: e.target.value as LevelId })}
              >
                {LEVEL_IDS.map((l) => (
                  <option key={l} value={l}>
                    {levelLabel(l, locale)}
                  </option>
                ))}
              </select>
              {fieldError(line.key, 'minLevel')}
            </td>
            <td className="w-28 py-1.5 pr-2">{countInput(line)}</td>
            <td className="w-28 py-1.5 text-right">{removeButton(line)}</td>
          </tr>
        )),
      )}

      {section(
        'role',
        [t('columns.role'), t('columns.count')],
        roleLines.map((line) => (
          <tr key={line.key} className="border-t border-slate-100 align-top" data-testid="editor-line">
            <td className="py-1.5 pr-2">
              <label htmlFor={fieldProps(line, 'roleDefinitionId', true).id} className="sr-only">
                {t('columns.role')}
              </label>
              <select
                {...fieldProps(line, 'roleDefinitionId', true)}
                value={line.roleDefinitionId}
                onChange={(e) => update(line.key, { roleDefinitionId: e.target.value })}
              >
                {line.roleDefinitionId && !roles.some((r) => r.id === line.roleDefinitionId) ? (
                  <option value={line.roleDefinitionId}>{t('unknownRole')}</option>
                ) : null}
                {roles.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
              </select>
              {fieldError(line.key, 'roleDefinitionId')}
            </td>
            <td className="w-28 py-1.5 pr-2">{countInput(line)}</td>
            <td className="w-28 py-1.5 text-right">{removeButton(line)}</td>
          </tr>
        )),
      )}

      {section(
        'competency',
        [t('columns.competency'), t('columns.minScore'), t('columns.count')],
        competencyLines.map((line) => (
          <tr key={line.key} className="border-t border-slate-100 align-top" data-testid="editor-line">
            <td className="py-1.5 pr-2">
              <label htmlFor={fieldProps(line, 'competency', true).id} className="sr-only">
                {t('columns.competency')}
              </label>
              <select
                {...fieldProps(line, 'competency', true)}
                value={line.competency}
                onChange={(e) => update(line.key, { competency: e.target.value as CompetencyId })}
              >
                {COMPETENCY_IDS.map((c) => (
                  <option key={c} value={c}>
                    {competencyLabel(c, locale)}
                  </option>
                ))}
              </select>
              {fieldError(line.key, 'competency')}
            </td>
            <td className="py-1.5 pr-2">
              <label htmlFor={fieldProps(line, 'minScore').id} className="sr-only">
                {t('columns.minScore')} — {competencyLabel(line.competency, locale)}
              </label>
              <select
                {...fieldProps(line, 'minScore')}
                value={line.minScore}
                onChange={(e) => update(line.key, { minScore: Number(e.target.value) })}
              >
                {COMPETENCY_SCORE_LABELS.map((s) => (
                  <option key={s.score} value={s.score}>
                    {scoreLabel(s.score, locale)}
                  </option>
                ))}
              </select>
              {fieldError(line.key, 'minScore')}
            </td>
            <td className="w-28 py-1.5 pr-2">{countInput(line)}</td>
            <td className="w-28 py-1.5 text-right">{removeButton(line)}</td>
          </tr>
        )),
      )}

      {section(
        'circle',
        [t('columns.circle'), t('columns.count')],
        circleLines.map((line) => (
          <tr key={line.key} className="border-t border-slate-100 align-top" data-testid="editor-line">
            <td className="py-1.5 pr-2">
              <label htmlFor={fieldProps(line, 'circle', true).id} className="sr-only">
                {t('columns.circle')}
              </label>
              <select
                {...fieldProps(line, 'circle', true)}
                value={line.circle}
                onChange={(e) => update(line.key, { circle: e.target.value as CircleId })}
              >
                {CIRCLE_IDS.map((c) => (
                  <option key={c} value={c}>
                    {circleLabel(c, locale)}
                  </option>
                ))}
              </select>
              {fieldError(line.key, 'circle')}
            </td>
            <td className="w-28 py-1.5 pr-2">{countInput(line)}</td>
            <td className="w-28 py-1.5 text-right">{removeButton(line)}</td>
          </tr>
        )),
      )}

      <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50 py-3">
        <button type="button" className={primaryClass} onClick={save} disabled={pending || !dirty}>
          {pending ? t('saving') : t('save')}
        </button>
        <span className="text-sm text-slate-600">
          {dirty ? t('unsaved') : t('upToDate')} · {t('lineTotal', { count: lines.length })}
        </span>
        <span
          role="status"
          aria-live="polite"
          className="text-sm font-medium text-covered"
          data-testid="editor-status"
        >
          {status}
        </span>
      </div>
      {errorCode ? (
        <div className="space-y-2" data-testid="editor-error" data-code={errorCode}>
          <ErrorMessage code={errorCode} />
          {errorCode === 'precondition_failed' ? (
            <button type="button" className={buttonClass} onClick={() => window.location.reload()}>
              {t('reload')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
