'use client';

import type { TRequirementTemplate } from '@teamspiegel/domain/api/requirement-templates';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import {
  Field,
  FormError,
  fieldErrorsOf,
  fieldProps,
  inputClass,
  primaryButton,
  secondaryButton,
} from '../form-bits';
import { applyTemplate } from './actions';
import { KindOptions, type SiteOption } from './team-forms';

/**
 * One template for every current team of a kind or a site. The request replaces requirements, so a
 * confirmation comes first; the API applies it all or nothing and says how many teams changed.
 */
export function TemplateApplyForm({
  templates,
  sites,
}: {
  templates: TRequirementTemplate[];
  sites: SiteOption[];
}) {
  const t = useTranslations('structure');
  const tt = useTranslations('teamsAdmin');
  const locale = useLocale() as 'nl' | 'en';
  const [state, action, pending] = useActionState(applyTemplate, null);
  const [target, setTarget] = useState<'kind' | 'site'>('kind');
  const [confirming, setConfirming] = useState(false);
  const errors = fieldErrorsOf(state);
  const error = (name: string) => (errors[name] ? t('fieldInvalid') : undefined);
  const applied = state?.ok ? state.data : undefined;
  const templateLabel = (id: string) => templates.find((tpl) => tpl.id === id)?.label[locale] ?? id;

  return (
    <form
      action={async (form) => {
        setConfirming(false);
        await action(form);
      }}
      noValidate
      className="grid gap-3 sm:grid-cols-3 sm:items-start"
    >
      <Field id="apply-template" label={tt('applyTemplate')} required error={error('templateId')}>
        <select {...fieldProps('apply-template', 'templateId', error('templateId'))} className={inputClass}>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.label[locale]}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="min-w-0">
        <legend className="block text-sm font-medium text-slate-800">{tt('applyTarget')}</legend>
        <div className="mt-1 flex flex-col gap-1 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="target"
              value="kind"
              checked={target === 'kind'}
              onChange={() => setTarget('kind')}
            />
            {tt('applyByKind')}
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="target"
              value="site"
              checked={target === 'site'}
              onChange={() => setTarget('site')}
            />
            {tt('applyBySite')}
          </label>
        </div>
      </fieldset>
      {target === 'kind' ? (
        <Field id="apply-kind" label={tt('applyTargetKind')} required error={error('kind')}>
          <select {...fieldProps('apply-kind', 'kind', error('kind'))} className={inputClass}>
            <KindOptions />
          </select>
        </Field>
      ) : (
        <Field id="apply-site" label={tt('applyTargetSite')} required error={error('siteId')}>
          <select {...fieldProps('apply-site', 'siteId', error('siteId'))} className={inputClass}>
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <div className="flex flex-col gap-2 sm:col-span-3">
        {confirming ? (
          <div className="flex flex-col gap-2 rounded-md border border-gap bg-gap-soft p-3">
            <p className="text-sm text-slate-900">{tt('applyConfirm')}</p>
            <div className="flex flex-wrap gap-2">
              <button type="submit" disabled={pending} className={primaryButton} data-testid="apply-confirm">
                {pending ? t('working') : tt('applyConfirmYes')}
              </button>
              <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div>
            <button
              type="button"
              disabled={pending}
              className={primaryButton}
              onClick={() => setConfirming(true)}
            >
              {pending ? t('working') : tt('applySubmit')}
            </button>
          </div>
        )}
        {applied ? (
          <p
            role="status"
            className="rounded-md border border-covered bg-covered-soft px-3 py-2 text-sm text-slate-900"
          >
            {tt('applyDone', {
              template: templateLabel(applied.templateId),
              matched: applied.matched,
              changed: applied.changed,
            })}
          </p>
        ) : null}
        <FormError state={state} />
      </div>
    </form>
  );
}
