'use client';

import { useTranslations } from 'next-intl';
import { assignRole } from './actions';
import {
  FieldError,
  fieldErrorsOf,
  fieldProps,
  inputClass,
  Label,
  Outcome,
  primaryClass,
  useAdminForm,
} from './form-bits';

export type PersonOption = { id: string; name: string };

/** Assigns the role to a person from a start date (default today), optionally until an end date. */
export function AssignRoleForm({
  roleDefinitionId,
  people,
  today,
}: {
  roleDefinitionId: string;
  people: PersonOption[];
  today: string;
}) {
  const t = useTranslations('rolesAdmin');
  const { state, onSubmit, pending } = useAdminForm(assignRole);
  const errors = fieldErrorsOf(state);
  const prefix = 'assign';
  const field = (name: string) => fieldProps(prefix, name, errors);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-busy={pending}>
      <input type="hidden" name="roleDefinitionId" value={roleDefinitionId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <Label htmlFor={`${prefix}-employeeId`} required>
            {t('person')}
          </Label>
          <select {...field('employeeId')} required defaultValue="" className={inputClass}>
            <option value="">{t('choosePerson')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          <FieldError prefix={prefix} name="employeeId" errors={errors} />
        </div>
        <div>
          <Label htmlFor={`${prefix}-startDate`} required>
            {t('startDate')}
          </Label>
          <input {...field('startDate')} type="date" required defaultValue={today} className={inputClass} />
          <FieldError prefix={prefix} name="startDate" errors={errors} />
        </div>
        <div>
          <Label htmlFor={`${prefix}-endDate`}>{t('endDate')}</Label>
          <input {...field('endDate')} type="date" className={inputClass} />
          <FieldError prefix={prefix} name="endDate" errors={errors} />
        </div>
      </div>
      <Outcome state={state} />
      <button type="submit" className={primaryClass} disabled={pending}>
        {pending ? t('saving') : t('assign')}
      </button>
    </form>
  );
}
