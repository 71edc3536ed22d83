'use client';

import { leadsTeams } from '@teamspiegel/domain/access';
import type { TMemberRole } from '@teamspiegel/domain/api/common';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import {
  FieldError,
  fieldErrorsOf,
  fieldProps,
  inputClass,
  Label,
  Outcome,
  primaryClass,
  useAdminForm,
} from '../roles-admin/form-bits';
import { invite } from './actions';

type Option = { id: string; name: string };

/**
 * Invite by e-mail with a role the signed-in login may grant; optionally linked to a person (their
 * own profile) and, for a role that leads teams, with those teams. Cleared after a sent invitation.
 */
export function InviteForm({
  grantable,
  people,
  teams,
}: {
  grantable: readonly TMemberRole[];
  people: Option[];
  teams: Option[];
}) {
  const t = useTranslations('accessAdmin');
  const roles = useTranslations('nav.roles');
  const { state, onSubmit, pending } = useAdminForm(invite);
  const errors = fieldErrorsOf(state);
  const prefix = 'invite';
  const field = (name: string) => fieldProps(prefix, name, errors);
  const [role, setRole] = useState<TMemberRole | undefined>(grantable.at(-1));
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);

  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate aria-busy={pending}>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor={`${prefix}-email`} required>
            {t('email')}
          </Label>
          <input
            {...field('email')}
            type="email"
            autoComplete="off"
            required
            maxLength={320}
            className={inputClass}
          />
          <FieldError prefix={prefix} name="email" errors={errors} />
        </div>
        <div>
          <Label htmlFor={`${prefix}-name`} required>
            {t('name')}
          </Label>
          <input {...field('name')} required maxLength={200} className={inputClass} />
          <FieldError prefix={prefix} name="name" errors={errors} />
        </div>
        <div>
          <Label htmlFor={`${prefix}-role`} required>
            {t('role')}
          </Label>
          <select
            {...field('role')}
            required
            value={role}
            onChange={(event) => setRole(event.target.value as TMemberRole)}
            className={inputClass}
          >
            {grantable.map((item) => (
              <option key={item} value={item}>
                {roles(item)}
              </option>
            ))}
          </select>
          <FieldError prefix={prefix} name="role" errors={errors} />
        </div>
        <div>
          <Label htmlFor={`${prefix}-employeeId`}>{t('person')}</Label>
          <select
            {...field('employeeId')}
            defaultValue=""
            className={inputClass}
            aria-describedby={`${prefix}-employeeId-help`}
          >
            <option value="">{t('noPerson')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          <p id={`${prefix}-employeeId-help`} className="mt-1 text-xs text-slate-600">
            {t('personHelp')}
          </p>
          <FieldError prefix={prefix} name="employeeId" errors={errors} />
        </div>
      </div>
      {leadsTeams(role) ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t('teamsToLead')}</legend>
          <div className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {teams.map((team) => (
              <label key={team.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="managedTeamIds" value={team.id} />
                {team.name}
              </label>
            ))}
          </div>
          <FieldError prefix={prefix} name="managedTeamIds" errors={errors} />
        </fieldset>
      ) : null}
      <Outcome state={state} />
      <button type="submit" className={primaryClass} disabled={pending}>
        {pending ? t('sending') : t('send')}
      </button>
    </form>
  );
}
