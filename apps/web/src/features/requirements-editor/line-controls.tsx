'use client';

import type { Locale } from '@teamspiegel/domain';
import type { TTeamRequirementLine } from '@teamspiegel/domain/api/team-requirements';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { type EditorLine, errorPathFor, type FieldErrors, fieldErrorMessageKey } from './editor-model';
import { inputClass, invalidClass } from './editor-styles';

/** What every line row needs from the editor: ids, errors, and the ways to change or drop a line. */
export type LineControls = {
  uid: string;
  locale: Locale;
  errors: FieldErrors;
  update: (key: string, patch: Partial<TTeamRequirementLine>) => void;
  remove: (key: string, description: string) => void;
  describe: (line: TTeamRequirementLine) => string;
};

/** The first field of a line gets a fixed id, so a newly added line can be focused. */
export function firstFieldId(uid: string, lineKey: string): string {
  return `${uid}-${lineKey}-first`;
}

function fieldProps(controls: LineControls, line: EditorLine, name: string, first: boolean) {
  const invalid = Boolean(errorPathFor(controls.errors, line.key, name));
  return {
    id: first ? firstFieldId(controls.uid, line.key) : `${controls.uid}-${line.key}-${name}`,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? `${controls.uid}-${line.key}-${name}-error` : undefined,
    className: `${inputClass} ${invalid ? invalidClass : ''}`,
    'data-field': name,
  };
}

function FieldError({ controls, lineKey, name }: { controls: LineControls; lineKey: string; name: string }) {
  const t = useTranslations('requirementsEditor');
  const path = errorPathFor(controls.errors, lineKey, name);
  if (!path) return null;
  return (
    <p
      id={`${controls.uid}-${lineKey}-${name}-error`}
      className="mt-1 text-xs font-medium text-gap"
      data-path={path}
    >
      {t(`fieldErrors.${fieldErrorMessageKey(name)}`)}
    </p>
  );
}

/** One choice of a line (area, level, role, …): a select with a screen-reader label and its error. */
export function SelectCell({
  controls,
  line,
  name,
  first = false,
  label,
  value,
  options,
  onChange,
}: {
  controls: LineControls;
  line: EditorLine;
  name: string;
  first?: boolean;
  label: string;
  value: string | number;
  options: { value: string | number; label: string }[];
  onChange: (value: string) => void;
}) {
  const props = fieldProps(controls, line, name, first);
  return (
    <td className="py-1.5 pr-2">
      <label htmlFor={props.id} className="sr-only">
        {label}
      </label>
      <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError controls={controls} lineKey={line.key} name={name} />
    </td>
  );
}

/** The cells every line ends with: how many people it asks for, and removing it. */
function CountAndRemove({ controls, line }: { controls: LineControls; line: EditorLine }) {
  const t = useTranslations('requirementsEditor');
  const props = fieldProps(controls, line, 'count', false);
  const description = controls.describe(line);
  return (
    <>
      <td className="w-28 py-1.5 pr-2">
        <label htmlFor={props.id} className="sr-only">
          {t('columns.count')}: {description}
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
            controls.update(line.key, { count: e.target.value === '' ? Number.NaN : Number(e.target.value) })
          }
        />
        <FieldError controls={controls} lineKey={line.key} name="count" />
      </td>
      <td className="w-28 py-1.5 text-right">
        <button
          type="button"
          className="rounded px-2 py-1 text-sm text-gap hover:bg-gap-soft"
          onClick={() => controls.remove(line.key, description)}
        >
          {t('remove')}
          <span className="sr-only">: {description}</span>
        </button>
      </td>
    </>
  );
}

/** A table row of one line: its own choices, then the count and the remove button. */
export function LineRow({
  controls,
  line,
  children,
}: {
  controls: LineControls;
  line: EditorLine;
  children: ReactNode;
}) {
  return (
    <tr className="border-t border-slate-100 align-top" data-testid="editor-line">
      {children}
      <CountAndRemove controls={controls} line={line} />
    </tr>
  );
}
