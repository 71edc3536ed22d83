'use client';

import type { TRequirementTemplate } from '@teamspiegel/domain/api/requirement-templates';
import { TEAM_KINDS } from '@teamspiegel/domain/api/teams';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/api/errors';
import {
  Field,
  FormError,
  fieldErrorsOf,
  fieldProps,
  inputClass,
  primaryButton,
  useErrorText,
} from '../form-bits';
import { createTeam, updateTeam } from './actions';

export type SiteOption = { id: string; name: string };

function useFieldText(state: ActionResult | null) {
  const t = useTranslations('structure');
  const errorText = useErrorText();
  const errors = fieldErrorsOf(state);
  return (name: string) => {
    if (!errors[name]) return undefined;
    return state && !state.ok && state.code !== 'validation_failed'
      ? errorText(state.code)
      : t('fieldInvalid');
  };
}

export function KindOptions() {
  const locale = useLocale() as 'nl' | 'en';
  return (
    <>
      {TEAM_KINDS.map((kind) => (
        <option key={kind.id} value={kind.id}>
          {kind.label[locale]}
        </option>
      ))}
    </>
  );
}

/** "Nieuw team": name, site, kind and (optionally) a template for its requirements. */
export function TeamCreateForm({
  sites,
  templates,
  defaultSiteId,
}: {
  sites: SiteOption[];
  templates: TRequirementTemplate[];
  defaultSiteId?: string;
}) {
  const t = useTranslations('structure');
  const tt = useTranslations('teamsAdmin');
  const locale = useLocale() as 'nl' | 'en';
  const [state, action, pending] = useActionState(createTeam, null);
  const error = useFieldText(state);
  return (
    <form action={action} noValidate className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-start">
      <Field id="team-new-name" label={t('name')} required error={error('name')}>
        <input
          {...fieldProps('team-new-name', 'name', error('name'))}
          required
          maxLength={200}
          className={inputClass}
        />
      </Field>
      <Field id="team-new-site" label={t('site')} required error={error('siteId')}>
        <select
          {...fieldProps('team-new-site', 'siteId', error('siteId'))}
          required
          defaultValue={defaultSiteId ?? sites[0]?.id ?? ''}
          className={inputClass}
        >
          {sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="team-new-kind" label={t('kind')} error={error('kind')}>
        <select
          {...fieldProps('team-new-kind', 'kind', error('kind'))}
          defaultValue="overig"
          className={inputClass}
        >
          <KindOptions />
        </select>
      </Field>
      <Field
        id="team-new-template"
        label={t('template')}
        error={error('templateId')}
        help={tt('templateHelp')}
      >
        <select
          {...fieldProps('team-new-template', 'templateId', error('templateId'), true)}
          defaultValue=""
          className={inputClass}
        >
          <option value="">{t('noTemplate')}</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.label[locale]}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex flex-col gap-2 sm:col-span-2 lg:col-span-4">
        <div>
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? t('saving') : tt('create')}
          </button>
        </div>
        <FormError state={state} />
      </div>
    </form>
  );
}

/** Rename, move to another site or change the kind of a team, with the ETag it was loaded with. */
export function TeamEditForm({
  team,
  sites,
}: {
  team: { id: string; name: string; kind: string; siteId: string; etag: string };
  sites: SiteOption[];
}) {
  const t = useTranslations('structure');
  const [state, action, pending] = useActionState(updateTeam, null);
  const error = useFieldText(state);
  const prefix = `team-${team.id}`;
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">
        <span aria-hidden="true">{t('edit')}</span>
        <span className="sr-only">{t('editOf', { name: team.name })}</span>
      </summary>
      <form action={action} noValidate className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="id" value={team.id} />
        <input type="hidden" name="etag" value={team.etag} />
        <Field id={`${prefix}-name`} label={t('name')} required error={error('name')}>
          <input
            {...fieldProps(`${prefix}-name`, 'name', error('name'))}
            defaultValue={team.name}
            required
            maxLength={200}
            className={inputClass}
          />
        </Field>
        <Field id={`${prefix}-site`} label={t('site')} required error={error('siteId')}>
          <select
            {...fieldProps(`${prefix}-site`, 'siteId', error('siteId'))}
            defaultValue={team.siteId}
            className={inputClass}
          >
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${prefix}-kind`} label={t('kind')} error={error('kind')}>
          <select
            {...fieldProps(`${prefix}-kind`, 'kind', error('kind'))}
            defaultValue={team.kind}
            className={inputClass}
          >
            <KindOptions />
          </select>
        </Field>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t('saving') : t('save')}
        </button>
        <FormError state={state} />
      </form>
    </details>
  );
}
