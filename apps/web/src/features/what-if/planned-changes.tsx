import { useTranslations } from 'next-intl';
import { buttonClass, primaryClass } from './field-styles';
import type { PlannedChange } from './view-model';

type Props = {
  changes: PlannedChange[];
  onRemove: (key: number) => void;
  onCalculate: () => void;
  onReset: () => void;
  pending: boolean;
  hasResult: boolean;
  field: (name: string) => string;
};

/** The planned changes, numbered, each removable, with "Doorrekenen" and "Opnieuw". */
export function PlannedChanges({
  changes,
  onRemove,
  onCalculate,
  onReset,
  pending,
  hasResult,
  field,
}: Props) {
  const t = useTranslations('whatIf');
  return (
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
                onClick={() => onRemove(c.key)}
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
          onClick={onCalculate}
          disabled={pending || changes.length === 0}
          aria-describedby={field('nothing')}
        >
          {pending ? t('calculating') : t('calculate')}
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={onReset}
          disabled={changes.length === 0 && !hasResult}
        >
          {t('reset')}
        </button>
        <span id={field('nothing')} className="sr-only">
          {t('nothingSaved')}
        </span>
      </div>
    </div>
  );
}
