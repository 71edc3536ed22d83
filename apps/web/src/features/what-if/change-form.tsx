import { useTranslations } from 'next-intl';
import { buttonClass, inputClass, labelClass } from './field-styles';
import { MemberFields } from './member-fields';
import { NewMemberLevels } from './new-member-levels';
import type { WhatIfMember, WhatIfRequirement } from './options';
import { RequirementFields } from './requirement-fields';
import { CHANGE_TYPES, type ChangeDraft, type ChangeType } from './view-model';

type Props = {
  draft: ChangeDraft;
  update: (patch: Partial<ChangeDraft>) => void;
  onChooseRequirement: (id: string) => void;
  members: WhatIfMember[];
  requirements: WhatIfRequirement[];
  formError: string | null;
  onTypeChange: (type: ChangeType) => void;
  onAdd: () => void;
  full: boolean;
  field: (name: string) => string;
};

/** The "new change" fieldset: its type, the fields that type needs, and the add button. */
export function ChangeForm(props: Props) {
  const { draft, update, field } = props;
  const t = useTranslations('whatIf');
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-semibold">{t('newChange')}</legend>
      <div className="max-w-md">
        <label htmlFor={field('type')} className={labelClass}>
          {t('changeType')}
        </label>
        <select
          id={field('type')}
          className={inputClass}
          value={draft.type}
          onChange={(e) => props.onTypeChange(e.target.value as ChangeType)}
        >
          {CHANGE_TYPES.map((option) => (
            <option key={option} value={option}>
              {t(`types.${option}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <MemberFields draft={draft} update={update} members={props.members} field={field} />
        <RequirementFields
          draft={draft}
          update={update}
          onChooseRequirement={props.onChooseRequirement}
          requirements={props.requirements}
          field={field}
        />
      </div>

      {draft.type === 'member_joins' ? (
        <NewMemberLevels
          levels={draft.newLevels}
          onChange={(next) => update({ newLevels: next(draft.newLevels) })}
          field={field}
        />
      ) : null}

      {props.formError ? (
        <p role="alert" className="text-sm font-medium text-gap">
          {props.formError}
        </p>
      ) : null}
      <button type="button" className={buttonClass} onClick={props.onAdd} disabled={props.full}>
        {t('addChange')}
      </button>
    </fieldset>
  );
}
