import { AREA_IDS } from '@teamspiegel/domain';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Fact } from '@/components/fact';
import { ProblemState } from '@/components/problem-state';
import { TShapeChart } from '@/components/t-shape';
import { load } from '@/lib/api/load';
import { isUuid } from '@/lib/params';
import {
  actionStatusLabel,
  actionTypeLabel,
  areaLabel,
  directionLabel,
  formatDate,
  formatFte,
  type Locale,
  levelLabel,
} from '@/lib/vocabulary';
import { PrintButton } from '../overview/print-button';
import { getEmployee, listAmbitions, listDevelopmentActions, listLevelHistory } from '../person/api';
import { ConversationSheetPdfLink } from './pdf-link';

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="sheet-part space-y-2">
      <h2 id={id} className="border-b border-slate-300 pb-1 text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Empty ruled lines to write on. */
function Lines({ count, label }: { count: number; label: string }) {
  return (
    <div role="img" aria-label={label}>
      {Array.from({ length: count }, (_, index) => `line-${index}`).map((key) => (
        <div key={key} className="h-8 border-b border-dotted border-slate-400" />
      ))}
    </div>
  );
}

const HISTORY_ROWS = 12;

/**
 * /mensen/[id]/gespreksblad: one printable A4 sheet for the development conversation
 * (ontwikkelgesprek) — levels as a T-shape, recent level history, ambitions (only what the
 * viewer may read), development actions, and room for notes and agreements.
 */
export async function ConversationSheet({ id }: { id: string }) {
  if (!isUuid(id)) notFound();
  const t = await getTranslations('conversationSheet');
  const locale = (await getLocale()) as Locale;
  const [employee, history, ambitions, actions] = await Promise.all([
    load(getEmployee(id)),
    load(listLevelHistory(id)),
    load(listAmbitions(id)),
    load(listDevelopmentActions(id)),
  ]);
  if (employee.error) return <ProblemState code={employee.error.code} />;
  const person = employee.data;
  const historyRows = (history.data?.items ?? []).slice(0, HISTORY_ROWS);
  const activeAmbitions = (ambitions.data?.items ?? []).filter((ambition) => ambition.status === 'active');
  const openActions = (actions.data?.items ?? []).filter(
    (action) => action.status === 'planned' || action.status === 'in_progress',
  );
  const doneActions = (actions.data?.items ?? [])
    .filter((action) => action.status === 'completed')
    .slice(0, 5);
  const cell = 'px-2 py-1 text-left';

  return (
    <article className="conversation-sheet mx-auto max-w-4xl space-y-5 bg-white p-6 shadow-sm ring-1 ring-slate-200 print:max-w-none print:p-0 print:shadow-none print:ring-0">
      <style>
        {
          '@media print { @page { size: A4 portrait; margin: 14mm; } .conversation-sheet { font-size: 10pt; } .sheet-part { break-inside: avoid; } }'
        }
      </style>
      <nav className="no-print flex items-center justify-between text-sm">
        <Link href={`/mensen/${person.id}`} className="text-brand-700 hover:underline">
          ← {t('back')}
        </Link>
        <span className="flex items-center gap-2">
          <ConversationSheetPdfLink employeeId={person.id} />
          <PrintButton label={t('print')} />
        </span>
      </nav>

      <header>
        <p className="text-sm text-slate-600">{t('kicker')}</p>
        <h1 className="text-2xl font-semibold">{person.fullName}</h1>
        <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
          <Fact term={t('jobTitle')}>{person.jobTitle ?? '—'}</Fact>
          <Fact term={t('fte')} numeric>
            {formatFte(person.fte, locale)}
          </Fact>
          <Fact term={t('teams')}>{person.teams.map((team) => team.name).join(', ') || '—'}</Fact>
          <Fact term={t('date')}>{formatDate(new Date().toISOString(), locale)}</Fact>
        </dl>
      </header>

      <Part id="sheet-tshape" title={t('levels.title')}>
        <TShapeChart levels={person.levels} personName={person.fullName} />
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">{t('levels.title')}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={cell}>
                {t('levels.area')}
              </th>
              <th scope="col" className={cell}>
                {t('levels.level')}
              </th>
              <th scope="col" className={cell}>
                {t('levels.status')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {AREA_IDS.map((area) => {
              const entry = person.levels[area];
              return (
                <tr key={area}>
                  <th scope="row" className={`${cell} font-normal`}>
                    {areaLabel(area, locale)}
                  </th>
                  <td className={cell}>{entry ? levelLabel(entry.level, locale) : '—'}</td>
                  <td className={cell}>
                    {entry
                      ? entry.status === 'validated'
                        ? t('levels.validated')
                        : t('levels.selfAssessed')
                      : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Part>

      <Part id="sheet-history" title={t('history.title')}>
        {history.error ? (
          <p className="text-sm text-slate-600">{t('notVisible')}</p>
        ) : historyRows.length === 0 ? (
          <p className="text-sm text-slate-600">{t('history.empty')}</p>
        ) : (
          <ul className="text-sm">
            {historyRows.map((row) => (
              <li key={row.id}>
                <span className="tabular-nums text-slate-600">{formatDate(row.validFrom, locale)}</span>{' '}
                {areaLabel(row.area, locale)}:{' '}
                <span className="font-medium">{levelLabel(row.level, locale)}</span>
                {row.status === 'validated' ? ` (${t('levels.validated')})` : ''}
              </li>
            ))}
          </ul>
        )}
      </Part>

      <Part id="sheet-ambitions" title={t('ambitions.title')}>
        {ambitions.error ? (
          <p className="text-sm text-slate-600">{t('notVisible')}</p>
        ) : activeAmbitions.length === 0 ? (
          <p className="text-sm text-slate-600">{t('ambitions.empty')}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {activeAmbitions.map((ambition) => (
              <li key={ambition.id}>
                <span className="font-medium">
                  {directionLabel(ambition.direction, locale)}: {areaLabel(ambition.area, locale)} →{' '}
                  {levelLabel(ambition.targetLevel, locale)}
                </span>
                {ambition.horizonDate
                  ? ` (${t('ambitions.by', { date: formatDate(ambition.horizonDate, locale) })})`
                  : ''}
                {ambition.motivation && !ambition.motivationHidden ? (
                  <p className="text-slate-700">“{ambition.motivation}”</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Part>

      <Part id="sheet-actions" title={t('actions.title')}>
        {actions.error ? (
          <p className="text-sm text-slate-600">{t('notVisible')}</p>
        ) : openActions.length + doneActions.length === 0 ? (
          <p className="text-sm text-slate-600">{t('actions.empty')}</p>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">{t('actions.title')}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={cell}>
                  {t('actions.action')}
                </th>
                <th scope="col" className={cell}>
                  {t('actions.type')}
                </th>
                <th scope="col" className={cell}>
                  {t('actions.aim')}
                </th>
                <th scope="col" className={cell}>
                  {t('actions.status')}
                </th>
                <th scope="col" className={cell}>
                  {t('actions.until')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {[...openActions, ...doneActions].map((action) => (
                <tr key={action.id}>
                  <td className={cell}>{action.title}</td>
                  <td className={cell}>{actionTypeLabel(action.type, locale)}</td>
                  <td className={cell}>
                    {action.area
                      ? `${areaLabel(action.area, locale)}${action.targetLevel ? ` → ${levelLabel(action.targetLevel, locale)}` : ''}`
                      : '—'}
                  </td>
                  <td className={cell}>{actionStatusLabel(action.status, locale)}</td>
                  <td className={`${cell} tabular-nums`}>
                    {formatDate(action.expectedEndDate, locale) || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Part>

      <Part id="sheet-notes" title={t('notes.title')}>
        <p className="text-sm text-slate-600">{t('notes.prompt')}</p>
        <Lines count={6} label={t('notes.space')} />
      </Part>

      <Part id="sheet-agreements" title={t('agreements.title')}>
        <Lines count={4} label={t('notes.space')} />
        <div className="grid grid-cols-2 gap-8 pt-6 text-sm">
          <p className="border-t border-slate-400 pt-1">{t('agreements.employee')}</p>
          <p className="border-t border-slate-400 pt-1">{t('agreements.manager')}</p>
        </div>
      </Part>
    </article>
  );
}
