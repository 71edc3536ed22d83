'use client';

import {
  AMBITION_DIRECTIONS,
  AREAS,
  type AreaId,
  CIRCLES,
  type CircleId,
  COMPETENCIES,
  COMPETENCY_SCORE_LABELS,
  type CompetencyId,
  DOMAINS,
  LEVELS,
  type LevelId,
  type Locale,
  label,
} from '@teamspiegel/domain';
import {
  type TAmbitionStatus,
  type TAmbitionVisibility,
  ZAmbitionVisibility,
} from '@teamspiegel/domain/api/ambitions';
import type { TProfile, TProfileUpdate } from '@teamspiegel/domain/api/profile';
import { useTranslations } from 'next-intl';
import { type FormEvent, useActionState, useId, useMemo, useRef, useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import type { ActionResult } from '@/lib/api/errors';
import { scoreLabel } from '@/lib/vocabulary';
import { saveProfile } from './actions';
import { AmbitionPreview } from './ambition-preview';
import { LevelField } from './level-field';

type ContactRow = { key: string; circle: CircleId; partnerName: string; description: string };
type AmbitionRow = {
  key: string;
  id?: string;
  direction: 'verbreden' | 'verdiepen' | '';
  area: AreaId | '';
  targetLevel: LevelId | '';
  horizonDate: string;
  motivation: string;
  visibility: TAmbitionVisibility;
  status: TAmbitionStatus;
};
type FormState = {
  levels: Partial<Record<AreaId, LevelId>>;
  ratings: Partial<Record<CompetencyId, number>>;
  contacts: ContactRow[];
  ambitions: AmbitionRow[];
};

const VISIBILITIES: readonly TAmbitionVisibility[] = ZAmbitionVisibility.options;
const STATUSES: TAmbitionStatus[] = ['active', 'achieved', 'withdrawn'];
const inputClass =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-gap';

let counter = 0;
const newKey = () => `n${++counter}`;

function initialState(profile: TProfile): FormState {
  return {
    levels: Object.fromEntries(profile.areaLevels.map((row) => [row.area, row.level])),
    ratings: Object.fromEntries(profile.competencyRatings.map((row) => [row.competency, row.score])),
    contacts: profile.surroundingsContacts.map((row) => ({
      key: row.id,
      circle: row.circle,
      partnerName: row.partnerName,
      description: row.description ?? '',
    })),
    ambitions: profile.ambitions.map((row) => ({
      key: row.id,
      id: row.id,
      direction: row.direction,
      area: row.area,
      targetLevel: row.targetLevel,
      horizonDate: row.horizonDate ?? '',
      motivation: row.motivation ?? '',
      visibility: row.visibility,
      status: row.status,
    })),
  };
}

/** The PUT body, in a fixed order (areas and competencies in model order) so error paths map back. */
function toPayload(state: FormState) {
  const areaOrder = AREAS.map((area) => area.id).filter((id) => state.levels[id]);
  const competencyOrder = COMPETENCIES.map((c) => c.id).filter((id) => state.ratings[id]);
  const body = {
    areaLevels: areaOrder.map((area) => ({ area, level: state.levels[area] as LevelId })),
    competencyRatings: competencyOrder.map((competency) => ({
      competency,
      score: state.ratings[competency] as 1 | 2 | 3 | 4 | 5,
    })),
    surroundingsContacts: state.contacts.map((row) => ({
      circle: row.circle,
      partnerName: row.partnerName.trim(),
      description: row.description.trim() || null,
    })),
    ambitions: state.ambitions.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      direction: row.direction,
      area: row.area,
      targetLevel: row.targetLevel,
      horizonDate: row.horizonDate || null,
      motivation: row.motivation.trim() || null,
      visibility: row.visibility,
      status: row.status,
    })),
  } as TProfileUpdate;
  return { body, areaOrder, competencyOrder };
}

/** Client-side checks with the same paths as the API's, so one display serves both. */
function validate(state: FormState): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  state.contacts.forEach((row, index) => {
    const name = row.partnerName.trim();
    const key = `${row.circle}\u0000${name}`;
    if (!name || name.length > 200 || seen.has(key))
      errors[`surroundingsContacts.${index}.partnerName`] = 'x';
    if (row.description.trim().length > 2000) errors[`surroundingsContacts.${index}.description`] = 'x';
    seen.add(key);
  });
  state.ambitions.forEach((row, index) => {
    if (!row.direction) errors[`ambitions.${index}.direction`] = 'x';
    if (!row.area) errors[`ambitions.${index}.area`] = 'x';
    if (!row.targetLevel) errors[`ambitions.${index}.targetLevel`] = 'x';
    if (row.horizonDate && !/^\d{4}-\d{2}-\d{2}$/.test(row.horizonDate))
      errors[`ambitions.${index}.horizonDate`] = 'x';
    if (row.motivation.trim().length > 4000) errors[`ambitions.${index}.motivation`] = 'x';
  });
  return errors;
}

export function ProfileForm({ profile, etag, locale }: { profile: TProfile; etag: string; locale: Locale }) {
  const t = useTranslations('profile');
  const tc = useTranslations('common');
  const uid = useId();
  const [state, setState] = useState<FormState>(() => initialState(profile));
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(saveProfile, null);
  const submitted = useRef<{ areaOrder: AreaId[]; competencyOrder: CompetencyId[] } | null>(null);

  const initialJson = useMemo(() => JSON.stringify(toPayload(initialState(profile)).body), [profile]);
  const payload = toPayload(state);
  const payloadJson = JSON.stringify(payload.body);
  const dirty = payloadJson !== initialJson;

  const failure = result && !result.ok ? result : null;
  const fieldErrors: Record<string, string> = clientErrors ?? failure?.fieldErrors ?? {};
  const order = submitted.current ?? payload;

  // Maps the API's index-based paths back to the fields on screen.
  const levelError = (area: AreaId) => {
    const index = order.areaOrder.indexOf(area);
    return index >= 0 && Object.keys(fieldErrors).some((path) => path.startsWith(`areaLevels.${index}`));
  };
  const ratingError = (competency: CompetencyId) => {
    const index = order.competencyOrder.indexOf(competency);
    return (
      index >= 0 && Object.keys(fieldErrors).some((path) => path.startsWith(`competencyRatings.${index}`))
    );
  };
  const errorAt = (path: string) =>
    Object.hasOwn(fieldErrors, path) ||
    // A duplicate is reported on the item itself (path without a field).
    (path.endsWith('.partnerName') && Object.hasOwn(fieldErrors, path.replace(/\.partnerName$/, '')));
  const messageFor = (field: string) =>
    t.has(`fieldErrors.${field}`) ? t(`fieldErrors.${field}`) : t('fieldErrors.generic');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const errors = validate(state);
    if (Object.keys(errors).length > 0) {
      event.preventDefault();
      setClientErrors(errors);
      return;
    }
    setClientErrors(null);
    submitted.current = { areaOrder: payload.areaOrder, competencyOrder: payload.competencyOrder };
  };

  const setLevel = (area: AreaId, value: string) =>
    setState((s) => ({ ...s, levels: { ...s.levels, [area]: (value || undefined) as LevelId | undefined } }));
  const setRating = (competency: CompetencyId, value: string) =>
    setState((s) => ({ ...s, ratings: { ...s.ratings, [competency]: value ? Number(value) : undefined } }));
  const setContact = (key: string, patch: Partial<ContactRow>) =>
    setState((s) => ({
      ...s,
      contacts: s.contacts.map((row) => (row.key === key ? { ...row, ...patch } : row)),
    }));
  const setAmbition = (key: string, patch: Partial<AmbitionRow>) =>
    setState((s) => ({
      ...s,
      ambitions: s.ambitions.map((row) => (row.key === key ? { ...row, ...patch } : row)),
    }));

  /** A new ambition, or one whose area, level or status differs from what was saved. */
  const unsavedTarget = (row: AmbitionRow) => {
    const saved = profile.ambitions.find((ambition) => ambition.id === row.id);
    return (
      !saved ||
      saved.area !== row.area ||
      saved.targetLevel !== row.targetLevel ||
      saved.status !== row.status
    );
  };
  const initialLevel = (area: AreaId) => profile.areaLevels.find((row) => row.area === area);
  const hasErrors = Object.keys(fieldErrors).length > 0;

  const levelField = (areaId: AreaId, areaLabel: string, description: string | null) => (
    <LevelField
      key={areaId}
      id={`${uid}-level-${areaId}`}
      area={areaId}
      areaLabel={areaLabel}
      description={description}
      value={state.levels[areaId] ?? ''}
      current={initialLevel(areaId)}
      invalid={levelError(areaId)}
      errorMessage={messageFor('level')}
      locale={locale}
      onChange={(value) => setLevel(areaId, value)}
    />
  );

  return (
    <form action={action} onSubmit={onSubmit} noValidate data-testid="profile-form" className="space-y-8">
      <input type="hidden" name="etag" value={etag} />
      <input type="hidden" name="payload" value={payloadJson} />

      {/* Levels per area, grouped by domain, with the brochure's descriptions. */}
      <section aria-labelledby={`${uid}-levels`} className="space-y-4">
        <h2 id={`${uid}-levels`} className="text-xl font-semibold">
          {t('levels.title')}
        </h2>
        <p className="text-slate-700">{t('levels.intro')}</p>
        <details className="rounded-lg bg-brand-50 p-4">
          <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-900">
            {t('levels.scaleTitle')}
          </summary>
          <dl className="mt-3 grid gap-3 sm:grid-cols-2">
            {LEVELS.map((level) => (
              <div key={level.id}>
                <dt className="font-semibold">
                  {level.rank}. {label(level, locale)}
                </dt>
                <dd className="text-sm text-slate-700">{level.description[locale]}</dd>
              </div>
            ))}
          </dl>
        </details>
        {DOMAINS.map((domain) => {
          const areas = AREAS.filter((area) => area.domainId === domain.id);
          if (areas.length === 1 && areas[0]?.kind === 'domain') {
            const area = areas[0];
            return (
              <div key={domain.id}>
                <p className="text-sm font-medium uppercase tracking-wide text-slate-500">
                  {t('levels.domainNumber', { number: domain.number })}
                </p>
                {levelField(area.id, label(area, locale), area.description[locale])}
              </div>
            );
          }
          return (
            <fieldset key={domain.id} className="rounded-xl border border-slate-300 bg-slate-50 p-4">
              <legend className="px-1">
                <span className="block text-sm font-medium uppercase tracking-wide text-slate-500">
                  {t('levels.domainNumber', { number: domain.number })}
                </span>
                <span className="text-lg font-semibold">{label(domain, locale)}</span>
              </legend>
              <p className="mb-3 text-sm text-slate-700">{domain.description[locale]}</p>
              <p className="mb-2 text-sm font-medium text-slate-800">{t('levels.specialisations')}</p>
              <div className="grid gap-3 md:grid-cols-2">
                {areas.map((area) => levelField(area.id, label(area, locale), area.description[locale]))}
              </div>
            </fieldset>
          );
        })}
      </section>

      {/* Competencies, 1–5 on the model's scale. */}
      <section aria-labelledby={`${uid}-competencies`} className="space-y-4">
        <h2 id={`${uid}-competencies`} className="text-xl font-semibold">
          {t('competencies.title')}
        </h2>
        <p className="text-slate-700">{t('competencies.intro')}</p>
        <details className="rounded-lg bg-brand-50 p-4">
          <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-900">
            {t('competencies.scaleTitle')}
          </summary>
          <dl className="mt-3 grid gap-2 sm:grid-cols-2">
            {COMPETENCY_SCORE_LABELS.map((item) => (
              <div key={item.score}>
                <dt className="font-semibold">
                  {item.score}. {item.label[locale]}
                </dt>
                <dd className="text-sm text-slate-700">{item.description[locale]}</dd>
              </div>
            ))}
          </dl>
        </details>
        <div className="grid gap-3 md:grid-cols-2">
          {COMPETENCIES.map((competency) => {
            const id = `${uid}-competency-${competency.id}`;
            const invalid = ratingError(competency.id);
            return (
              <div key={competency.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <label htmlFor={id} className="block font-semibold">
                  {label(competency, locale)}
                </label>
                <p id={`${id}-desc`} className="mt-1 text-sm text-slate-600">
                  {competency.description[locale]}
                </p>
                <select
                  id={id}
                  value={state.ratings[competency.id] ?? ''}
                  onChange={(event) => setRating(competency.id, event.target.value)}
                  aria-describedby={`${id}-desc`}
                  aria-invalid={invalid || undefined}
                  className={inputClass}
                >
                  <option value="">{t('competencies.notRated')}</option>
                  {COMPETENCY_SCORE_LABELS.map((item) => (
                    <option key={item.score} value={item.score}>
                      {scoreLabel(item.score, locale)}
                    </option>
                  ))}
                </select>
                {invalid ? <p className="mt-1 text-sm font-medium text-gap">{messageFor('score')}</p> : null}
              </div>
            );
          })}
        </div>
      </section>

      {/* Surroundings contacts. */}
      <section aria-labelledby={`${uid}-contacts`} className="space-y-4">
        <h2 id={`${uid}-contacts`} className="text-xl font-semibold">
          {t('contacts.title')}
        </h2>
        <p className="text-slate-700">{t('contacts.intro')}</p>
        <details className="rounded-lg bg-brand-50 p-4">
          <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-900">
            {t('contacts.circlesTitle')}
          </summary>
          <dl className="mt-3 space-y-2">
            {CIRCLES.map((circle) => (
              <div key={circle.id}>
                <dt className="font-semibold">{label(circle, locale)}</dt>
                <dd className="text-sm text-slate-700">
                  {circle.description[locale]}{' '}
                  <span className="text-slate-600">({circle.examples.map((e) => e[locale]).join(', ')})</span>
                </dd>
              </div>
            ))}
          </dl>
        </details>
        {state.contacts.length === 0 ? <p className="text-slate-600">{t('contacts.empty')}</p> : null}
        <ul className="space-y-3">
          {state.contacts.map((row, index) => {
            const id = `${uid}-contact-${row.key}`;
            const nameInvalid = errorAt(`surroundingsContacts.${index}.partnerName`);
            const descriptionInvalid = errorAt(`surroundingsContacts.${index}.description`);
            return (
              <li key={row.key}>
                <fieldset className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-[12rem_1fr_1fr_auto] md:items-start">
                  <legend className="sr-only">{t('contacts.legend', { number: index + 1 })}</legend>
                  <div>
                    <label htmlFor={`${id}-circle`} className="block text-sm font-medium">
                      {t('contacts.circle')}
                    </label>
                    <select
                      id={`${id}-circle`}
                      value={row.circle}
                      onChange={(event) => setContact(row.key, { circle: event.target.value as CircleId })}
                      className={inputClass}
                    >
                      {CIRCLES.map((circle) => (
                        <option key={circle.id} value={circle.id}>
                          {label(circle, locale)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label htmlFor={`${id}-partner`} className="block text-sm font-medium">
                      {t('contacts.partner')}
                    </label>
                    <input
                      id={`${id}-partner`}
                      value={row.partnerName}
                      maxLength={200}
                      required
                      onChange={(event) => setContact(row.key, { partnerName: event.target.value })}
                      aria-invalid={nameInvalid || undefined}
                      aria-describedby={nameInvalid ? `${id}-partner-error` : undefined}
                      className={inputClass}
                    />
                    {nameInvalid ? (
                      <p id={`${id}-partner-error`} className="mt-1 text-sm font-medium text-gap">
                        {messageFor('partnerName')}
                      </p>
                    ) : null}
                  </div>
                  <div>
                    <label htmlFor={`${id}-description`} className="block text-sm font-medium">
                      {t('contacts.description')}
                    </label>
                    <input
                      id={`${id}-description`}
                      value={row.description}
                      maxLength={2000}
                      onChange={(event) => setContact(row.key, { description: event.target.value })}
                      aria-invalid={descriptionInvalid || undefined}
                      className={inputClass}
                    />
                    {descriptionInvalid ? (
                      <p className="mt-1 text-sm font-medium text-gap">{messageFor('description')}</p>
                    ) : null}
                  </div>
                  <button
                    type="button"
                    onClick={() =>
                      setState((s) => ({ ...s, contacts: s.contacts.filter((c) => c.key !== row.key) }))
                    }
                    className="min-h-11 self-end rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-gap hover:bg-gap-soft"
                  >
                    <span aria-hidden>{tc('delete')}</span>
                    <span className="sr-only">
                      {row.partnerName.trim()
                        ? t('contacts.remove', { name: row.partnerName.trim() })
                        : t('contacts.removeUnnamed')}
                    </span>
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          onClick={() =>
            setState((s) => ({
              ...s,
              contacts: [
                ...s.contacts,
                { key: newKey(), circle: 'partners', partnerName: '', description: '' },
              ],
            }))
          }
          className="min-h-11 rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
        >
          + {t('contacts.add')}
        </button>
      </section>

      {/* Ambitions. */}
      <section aria-labelledby={`${uid}-ambition`} className="space-y-4">
        <h2 id={`${uid}-ambition`} className="text-xl font-semibold">
          {t('ambition.title')}
        </h2>
        <p className="text-slate-700">{t('ambition.intro')}</p>
        {state.ambitions.length === 0 ? <p className="text-slate-600">{t('ambition.empty')}</p> : null}
        {state.ambitions.map((row, index) => {
          const id = `${uid}-ambition-${row.key}`;
          const err = (field: string) => errorAt(`ambitions.${index}.${field}`);
          const fieldError = (field: string) =>
            err(field) ? (
              <p id={`${id}-${field}-error`} className="mt-1 text-sm font-medium text-gap">
                {messageFor(field)}
              </p>
            ) : null;
          return (
            <fieldset key={row.key} className="space-y-4 rounded-xl border border-slate-300 bg-white p-4">
              <legend className="px-1 text-lg font-semibold">
                {t('ambition.legend', { number: index + 1 })}
              </legend>
              <fieldset aria-invalid={err('direction') || undefined}>
                <legend className="text-sm font-medium">{t('ambition.direction')}</legend>
                <div className="mt-1 grid gap-2 sm:grid-cols-2">
                  {AMBITION_DIRECTIONS.map((direction) => (
                    <label
                      key={direction.id}
                      className="flex cursor-pointer gap-2 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                    >
                      <input
                        type="radio"
                        name={`${id}-direction`}
                        value={direction.id}
                        checked={row.direction === direction.id}
                        onChange={() => setAmbition(row.key, { direction: direction.id })}
                        className="mt-1"
                      />
                      <span>
                        <span className="block font-medium">{label(direction, locale)}</span>
                        <span className="block text-sm text-slate-600">{direction.description[locale]}</span>
                      </span>
                    </label>
                  ))}
                </div>
                {fieldError('direction')}
              </fieldset>
              <div className="grid gap-4 md:grid-cols-3">
                <div>
                  <label htmlFor={`${id}-area`} className="block text-sm font-medium">
                    {t('ambition.area')}
                  </label>
                  <select
                    id={`${id}-area`}
                    value={row.area}
                    onChange={(event) => setAmbition(row.key, { area: event.target.value as AreaId })}
                    aria-invalid={err('area') || undefined}
                    aria-describedby={err('area') ? `${id}-area-error` : undefined}
                    className={inputClass}
                  >
                    <option value="">{t('ambition.choose')}</option>
                    {DOMAINS.map((domain) => (
                      <optgroup key={domain.id} label={label(domain, locale)}>
                        {AREAS.filter((area) => area.domainId === domain.id).map((area) => (
                          <option key={area.id} value={area.id}>
                            {label(area, locale)}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                  {fieldError('area')}
                </div>
                <div>
                  <label htmlFor={`${id}-level`} className="block text-sm font-medium">
                    {t('ambition.targetLevel')}
                  </label>
                  <select
                    id={`${id}-level`}
                    value={row.targetLevel}
                    onChange={(event) => setAmbition(row.key, { targetLevel: event.target.value as LevelId })}
                    aria-invalid={err('targetLevel') || undefined}
                    className={inputClass}
                  >
                    <option value="">{t('ambition.choose')}</option>
                    {LEVELS.map((level) => (
                      <option key={level.id} value={level.id}>
                        {label(level, locale)}
                      </option>
                    ))}
                  </select>
                  {fieldError('targetLevel')}
                </div>
                <div>
                  <label htmlFor={`${id}-horizon`} className="block text-sm font-medium">
                    {t('ambition.horizon')}
                  </label>
                  <input
                    id={`${id}-horizon`}
                    type="date"
                    value={row.horizonDate}
                    onChange={(event) => setAmbition(row.key, { horizonDate: event.target.value })}
                    aria-invalid={err('horizonDate') || undefined}
                    className={inputClass}
                  />
                  {fieldError('horizonDate')}
                </div>
              </div>
              {row.area && row.targetLevel && row.status === 'active' && unsavedTarget(row) ? (
                <AmbitionPreview area={row.area} targetLevel={row.targetLevel} />
              ) : null}
              <div>
                <label htmlFor={`${id}-motivation`} className="block text-sm font-medium">
                  {t('ambition.motivation')}
                </label>
                <p id={`${id}-motivation-help`} className="text-sm text-slate-600">
                  {t('ambition.motivationHelp')}
                </p>
                <textarea
                  id={`${id}-motivation`}
                  rows={3}
                  maxLength={4000}
                  value={row.motivation}
                  onChange={(event) => setAmbition(row.key, { motivation: event.target.value })}
                  aria-describedby={`${id}-motivation-help`}
                  aria-invalid={err('motivation') || undefined}
                  className={inputClass}
                />
                {fieldError('motivation')}
              </div>
              <fieldset>
                <legend className="text-sm font-medium">{t('ambition.visibility')}</legend>
                <p className="text-sm text-slate-600">{t('ambition.visibilityNote')}</p>
                <div className="mt-2 grid gap-2 sm:grid-cols-3">
                  {VISIBILITIES.map((visibility) => (
                    <label
                      key={visibility}
                      className="flex cursor-pointer gap-2 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                    >
                      <input
                        type="radio"
                        name={`${id}-visibility`}
                        value={visibility}
                        checked={row.visibility === visibility}
                        onChange={() => setAmbition(row.key, { visibility })}
                        className="mt-1"
                      />
                      <span>
                        <span className="block font-medium">
                          {t(`ambition.visibilityOptions.${visibility}`)}
                        </span>
                        <span className="block text-sm text-slate-600">
                          {t(`ambition.visibilityHelp.${visibility}`)}
                        </span>
                      </span>
                    </label>
                  ))}
                </div>
                {fieldError('visibility')}
              </fieldset>
              <div className="flex flex-wrap items-end justify-between gap-4">
                {row.id ? (
                  <div>
                    <label htmlFor={`${id}-status`} className="block text-sm font-medium">
                      {t('ambition.status')}
                    </label>
                    <select
                      id={`${id}-status`}
                      value={row.status}
                      onChange={(event) =>
                        setAmbition(row.key, { status: event.target.value as TAmbitionStatus })
                      }
                      className={inputClass}
                    >
                      {STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {t(`ambition.statusOptions.${status}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : (
                  <span />
                )}
                <button
                  type="button"
                  onClick={() =>
                    setState((s) => ({ ...s, ambitions: s.ambitions.filter((a) => a.key !== row.key) }))
                  }
                  className="min-h-11 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-gap hover:bg-gap-soft"
                >
                  {t('ambition.remove')}
                </button>
              </div>
            </fieldset>
          );
        })}
        <button
          type="button"
          onClick={() =>
            setState((s) => ({
              ...s,
              ambitions: [
                ...s.ambitions,
                {
                  key: newKey(),
                  direction: '',
                  area: '',
                  targetLevel: '',
                  horizonDate: '',
                  motivation: '',
                  visibility: 'manager',
                  status: 'active',
                },
              ],
            }))
          }
          className="min-h-11 rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
        >
          + {t('ambition.add')}
        </button>
      </section>

      <div className="sticky bottom-0 z-10 -mx-4 space-y-3 border-t border-slate-200 bg-white px-4 py-4 shadow-[0_-4px_8px_rgba(15,23,42,0.06)] print:hidden">
        {failure?.status === 412 ? (
          <div role="alert" className="rounded-md border border-gap bg-gap-soft px-3 py-2 text-sm text-gap">
            <p>{t('conflict')}</p>
            <a href="/profiel" className="mt-1 inline-block font-semibold underline">
              {t('reload')}
            </a>
          </div>
        ) : hasErrors ? (
          <p role="alert" className="rounded-md border border-gap bg-gap-soft px-3 py-2 text-sm text-gap">
            {t('fieldErrors.summary')}
          </p>
        ) : failure ? (
          <ErrorMessage code={failure.code} />
        ) : null}
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            disabled={pending}
            className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
          >
            {pending ? t('saving') : t('save')}
          </button>
          {dirty ? (
            <p className="text-sm text-slate-700" aria-live="polite">
              <span aria-hidden>●</span> {t('unsaved')}
            </p>
          ) : null}
        </div>
      </div>
    </form>
  );
}
