'use client';

import type { TMembership } from '@teamspiegel/domain/api/memberships';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { addMembership, moveMembership } from './actions';
import { Field, InputField, inputClass } from './field';
import { FormStatus, failureOf, fieldError } from './form-state';

type TeamOption = { id: string; name: string };

const buttonClass =
  'rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60';

function TeamSelect({
  id,
  name,
  teams,
  describedBy,
  invalid,
}: {
  id: string;
  name: string;
  teams: readonly TeamOption[];
  describedBy: string | undefined;
  invalid: boolean;
}) {
  const t = useTranslations('peopleAdmin.memberships');
  return (
    <select
      id={id}
      name={name}
      required
      defaultValue=""
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      className={inputClass}
    >
      <option value="" disabled>
        {t('chooseTeam')}
      </option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </select>
  );
}

/** Put the person in a(nother) team, with a period and an FTE share. */
export function AddMembershipForm({
  employeeId,
  teams,
  today,
}: {
  employeeId: string;
  teams: readonly TeamOption[];
  today: string;
}) {
  const t = useTranslations('peopleAdmin');
  const [state, action, pending] = useActionState(addMembership, null);
  const uid = useId();
  const failure = failureOf(state);
  return (
    <form
      action={action}
      className="space-y-3"
      aria-labelledby={`${uid}-title`}
      data-testid="membership-add-form"
    >
      <h3 id={`${uid}-title`} className="font-semibold">
        {t('memberships.addTitle')}
      </h3>
      <input type="hidden" name="employeeId" value={employeeId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${uid}-team`} label={t('fields.team')} error={fieldError(failure, 'teamId')}>
          {(describedBy, invalid) => (
            <TeamSelect
              id={`${uid}-team`}
              name="teamId"
              teams={teams}
              describedBy={describedBy}
              invalid={invalid}
            />
          )}
        </Field>
        <TeamShareField id={`${uid}-fte`} error={fieldError(failure, 'fte')} />
        <InputField
          id={`${uid}-start`}
          label={t('fields.membershipStart')}
          error={fieldError(failure, 'startDate')}
          name="startDate"
          type="date"
          required
          defaultValue={today}
        />
        <InputField
          id={`${uid}-end`}
          label={t('fields.membershipEnd')}
          error={fieldError(failure, 'endDate')}
          name="endDate"
          type="date"
        />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('memberships.addSubmit')}
      </button>
      <FormStatus state={state} pending={pending} testId="membership-added" />
    </form>
  );
}

/** The person's share of their FTE in the team, asked the same way when adding and when moving. */
function TeamShareField({ id, error }: { id: string; error: string | undefined }) {
  const t = useTranslations('peopleAdmin');
  return (
    <InputField
      id={id}
      label={t('fields.teamShare')}
      help={t('fields.teamShareHelp')}
      error={error}
      name="fte"
      inputMode="decimal"
    />
  );
}

/** Move from one current membership to another team: one action, one transaction in the API. */
export function MoveMembershipForm({
  memberships,
  teams,
  today,
}: {
  memberships: readonly TMembership[];
  teams: readonly TeamOption[];
  today: string;
}) {
  const t = useTranslations('peopleAdmin');
  const [state, action, pending] = useActionState(moveMembership, null);
  const uid = useId();
  const failure = failureOf(state);
  const first = memberships[0];
  if (!first) return <p className="text-sm text-slate-600">{t('memberships.noCurrent')}</p>;
  return (
    <form
      action={action}
      className="space-y-3"
      aria-labelledby={`${uid}-title`}
      data-testid="membership-move-form"
    >
      <h3 id={`${uid}-title`} className="font-semibold">
        {t('memberships.moveTitle')}
      </h3>
      <p className="text-sm text-slate-600">{t('memberships.moveIntro', { team: first.team.name })}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${uid}-from`} label={t('memberships.moveFrom')}>
          {() => (
            <select
              id={`${uid}-from`}
              name="from"
              defaultValue={`${first.id}:${first.version}`}
              className={inputClass}
            >
              {memberships.map((membership) => (
                <option key={membership.id} value={`${membership.id}:${membership.version}`}>
                  {membership.team.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${uid}-to`} label={t('fields.moveTo')} error={fieldError(failure, 'toTeamId')}>
          {(describedBy, invalid) => (
            <TeamSelect
              id={`${uid}-to`}
              name="toTeamId"
              teams={teams}
              describedBy={describedBy}
              invalid={invalid}
            />
          )}
        </Field>
        <InputField
          id={`${uid}-date`}
          label={t('fields.moveDate')}
          error={fieldError(failure, 'date')}
          name="date"
          type="date"
          required
          defaultValue={today}
        />
        <TeamShareField id={`${uid}-fte`} error={fieldError(failure, 'fte')} />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('memberships.moveSubmit')}
      </button>
      <FormStatus state={state} pending={pending} testId="membership-moved" />
    </form>
  );
}
