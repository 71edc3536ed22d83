import { AREA_IDS, type AreaId, CIRCLE_IDS, COMPETENCY_IDS } from '@teamspiegel/domain';
import type { TAreaLevel } from '@teamspiegel/domain/api/area-levels';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { TShapeChart } from '@/components/t-shape';
import { can, seesOthers } from '@/lib/access';
import { load } from '@/lib/api/load';
import { isUuid } from '@/lib/params';
import { getSession } from '@/lib/session';
import {
  actionStatusLabel,
  actionTypeLabel,
  areaLabel,
  circleLabel,
  competencyLabel,
  directionLabel,
  formatDate,
  formatFte,
  type Locale,
  levelLabel,
} from '@/lib/vocabulary';
import { CertificatesSection } from '../certificates/certificates-section';
import { ConversationSheetPdfLink } from '../conversation-sheet/pdf-link';
import {
  getEmployee,
  listAmbitions,
  listCompetencyRatings,
  listDevelopmentActions,
  listLevelHistory,
  listMembers,
  listRoleAssignments,
  listSurroundingsContacts,
} from './api';
import { ValidateForm } from './validate-form';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export async function StatusBadge({ status }: { status: 'self_assessed' | 'validated' }) {
  const t = await getTranslations('person');
  return status === 'validated' ? (
    <span className="inline-flex items-center gap-1 rounded bg-covered-soft px-1.5 py-0.5 text-xs font-medium text-covered">
      <span aria-hidden>✓</span> {t('validated')}
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 rounded bg-spof-soft px-1.5 py-0.5 text-xs font-medium text-spof">
      <span aria-hidden>✎</span> {t('selfAssessed')}
    </span>
  );
}

/** /mensen/[id]: who someone is, their T-shape, how their levels grew, and what they aim for. */
export async function PersonPage({ id }: { id: string }) {
  if (!isUuid(id)) notFound();
  const t = await getTranslations('person');
  const tAdmin = await getTranslations('peopleAdmin');
  const locale = (await getLocale()) as Locale;
  const session = await getSession();
  const readsMembers = can(session.role, 'members.read');
  const canValidate = can(session.role, 'levels.validate') && session.employeeId !== id;

  const [employee, roles, history, ambitions, actions, ratings, contacts, members] = await Promise.all([
    load(getEmployee(id)),
    load(listRoleAssignments(id)),
    load(listLevelHistory(id)),
    load(listAmbitions(id)),
    load(listDevelopmentActions(id)),
    load(listCompetencyRatings(id)),
    load(listSurroundingsContacts(id)),
    readsMembers ? load(listMembers()) : Promise.resolve(null),
  ]);
  if (employee.error) return <ProblemState code={employee.error.code} />;
  const person = employee.data;

  const userNames = new Map<string, string>();
  for (const member of members?.data?.items ?? []) userNames.set(member.userId, member.name);
  if (session.user) userNames.set(session.user.id, t('you'));
  const who = (userId: string | null) => (userId ? (userNames.get(userId) ?? t('someoneElse')) : null);

  const historyRows = history.data?.items ?? [];
  const waiting = historyRows.filter((row) => row.isCurrent && row.status === 'self_assessed');
  const byArea = new Map<AreaId, TAreaLevel[]>();
  for (const row of historyRows) {
    const list = byArea.get(row.area) ?? [];
    list.push(row);
    byArea.set(row.area, list);
  }
  const previousLevel = (row: TAreaLevel) => {
    const rows = byArea.get(row.area) ?? [];
    const index = rows.findIndex((candidate) => candidate.id === row.id);
    return index >= 0 ? (rows[index + 1]?.level ?? null) : null;
  };

  return (
    <div className="space-y-6">
      <nav aria-label={t('breadcrumb')} className="no-print text-sm">
        <Link href="/mensen" className="text-brand-700 underline underline-offset-2">
          ← {t('backToPeople')}
        </Link>
        {seesOthers(session.role, 'people.read.personal') ? (
          <Link
            href={`/mensen/${id}/gespreksblad`}
            className="ml-4 text-brand-700 underline underline-offset-2"
          >
            {t('conversationSheetLink')}
          </Link>
        ) : null}
        {seesOthers(session.role, 'people.read.personal') ? (
          <ConversationSheetPdfLink employeeId={id} />
        ) : null}
        {can(session.role, 'privacy.manage') ? (
          <Link href={`/mensen/${id}/privacy`} className="ml-4 text-brand-700 underline underline-offset-2">
            {t('privacyLink')}
          </Link>
        ) : null}
        {can(session.role, 'people.manage') ? (
          <Link href={`/beheer/mensen/${id}`} className="ml-4 text-brand-700 underline underline-offset-2">
            {tAdmin('manage')}
          </Link>
        ) : null}
      </nav>

      <header className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-2xl font-semibold">{person.fullName}</h1>
        <dl className="mt-3 grid gap-x-8 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-slate-600">{t('jobTitle')}</dt>
            <dd className="font-medium">{person.jobTitle ?? '—'}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('fte')}</dt>
            <dd className="font-medium tabular-nums">{formatFte(person.fte, locale)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('teams')}</dt>
            <dd className="font-medium">
              {person.teams.length === 0
                ? '—'
                : person.teams.map((team, index) => (
                    <span key={team.id}>
                      {index > 0 ? ', ' : ''}
                      <Link
                        href={`/teams/${team.id}`}
                        className="text-brand-700 underline underline-offset-2"
                      >
                        {team.name}
                      </Link>
                    </span>
                  ))}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('roles')}</dt>
            <dd className="font-medium">
              {roles.error ? (
                <span className="text-slate-500">{t('notVisible')}</span>
              ) : roles.data.items.length === 0 ? (
                '—'
              ) : (
                <ul>
                  {roles.data.items.map((assignment) => (
                    <li key={assignment.id}>
                      {locale === 'en'
                        ? assignment.roleDefinition.labelEn
                        : assignment.roleDefinition.labelNl}
                      {assignment.team ? (
                        <span className="text-slate-600"> ({assignment.team.name})</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
        {person.active ? null : (
          <p className="mt-3 inline-block rounded bg-none-soft px-2 py-1 text-sm text-slate-700">
            {t('inactive')}
          </p>
        )}
      </header>

      <Section id="tshape" title={t('tshapeTitle')}>
        <p className="mb-3 text-sm text-slate-600">{t('tshapeIntro')}</p>
        <TShapeChart levels={person.levels} personName={person.fullName} />
      </Section>

      {canValidate && waiting.length > 0 ? (
        <Section id="validate" title={t('validateTitle')}>
          <p className="mb-3 text-sm text-slate-600">{t('validateIntro')}</p>
          <ul className="divide-y divide-slate-100">
            {waiting.map((row) => {
              const previous = previousLevel(row);
              return (
                <li key={row.id} className="py-3" data-testid={`validate-${row.id}`}>
                  <p className="font-medium">
                    {areaLabel(row.area, locale)}: {levelLabel(row.level, locale)}{' '}
                    <span className="text-sm font-normal text-slate-600">
                      (
                      {previous
                        ? t('previousLevel', { level: levelLabel(previous, locale) })
                        : t('noPreviousLevel')}
                      )
                    </span>
                  </p>
                  {row.comment ? <p className="text-sm text-slate-600">“{row.comment}”</p> : null}
                  <div className="mt-2">
                    <ValidateForm
                      areaLevelId={row.id}
                      employeeId={person.id}
                      proposed={row.level}
                      context={`${areaLabel(row.area, locale)}, ${person.fullName}`}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}

      <Section id="history" title={t('historyTitle')}>
        {history.error ? (
          <ProblemState code={history.error.code} />
        ) : historyRows.length === 0 ? (
          <EmptyState title={t('historyEmpty')} />
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {AREA_IDS.filter((area) => byArea.has(area)).map((area) => (
              <div key={area}>
                <h3 className="font-semibold text-slate-800">{areaLabel(area, locale)}</h3>
                <ol className="mt-2 space-y-2 border-l-2 border-brand-100 pl-4">
                  {(byArea.get(area) ?? []).map((row) => (
                    <li key={row.id} className="relative text-sm">
                      <span
                        aria-hidden
                        className={`absolute top-1.5 -left-[1.4rem] h-3 w-3 rounded-full ${row.isCurrent ? 'bg-brand-700' : 'bg-slate-300'}`}
                      />
                      <p>
                        <span className="font-medium">{levelLabel(row.level, locale)}</span>{' '}
                        <StatusBadge status={row.status} />
                        {row.isCurrent ? (
                          <span className="ml-1 text-xs text-brand-700">({t('current')})</span>
                        ) : null}
                      </p>
                      <p className="text-slate-600">
                        {t('since', { date: formatDate(row.validFrom, locale) })}
                        {row.validTo ? ` – ${formatDate(row.validTo, locale)}` : ''}
                        {row.status === 'validated' && row.validatedAt
                          ? ` · ${t('validatedBy', {
                              name: who(row.validatedByUserId) ?? t('someoneElse'),
                              date: formatDate(row.validatedAt, locale),
                            })}`
                          : ''}
                      </p>
                      {row.comment ? <p className="text-slate-700 italic">“{row.comment}”</p> : null}
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </div>
        )}
      </Section>

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="ambitions" title={t('ambitionsTitle')}>
          {ambitions.error ? (
            <ProblemState code={ambitions.error.code} />
          ) : ambitions.data.items.length === 0 ? (
            <EmptyState title={t('ambitionsEmpty')} />
          ) : (
            <ul className="space-y-3">
              {ambitions.data.items.map((ambition) => (
                <li key={ambition.id} className="rounded-lg bg-slate-50 p-3 text-sm">
                  <p className="font-medium">
                    {t('ambitionLine', {
                      direction: directionLabel(ambition.direction, locale),
                      area: areaLabel(ambition.area, locale),
                      level: levelLabel(ambition.targetLevel, locale),
                    })}
                  </p>
                  <p className="text-slate-600">
                    {t(`ambitionStatus.${ambition.status}`)}
                    {ambition.horizonDate
                      ? ` · ${t('horizon', { date: formatDate(ambition.horizonDate, locale) })}`
                      : ''}
                  </p>
                  <p className="mt-1">
                    <span className="text-slate-600">{t('motivation')}: </span>
                    {ambition.motivationHidden ? (
                      <span className="text-slate-500 italic">{t('motivationHidden')}</span>
                    ) : ambition.motivation ? (
                      ambition.motivation
                    ) : (
                      <span className="text-slate-500">—</span>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="actions" title={t('actionsTitle')}>
          {actions.error ? (
            <ProblemState code={actions.error.code} />
          ) : actions.data.items.length === 0 ? (
            <EmptyState title={t('actionsEmpty')} />
          ) : (
            <ul className="space-y-2 text-sm">
              {actions.data.items.map((action) => (
                <li
                  key={action.id}
                  data-testid={`action-${action.id}`}
                  data-status={action.status}
                  className="rounded-lg bg-slate-50 p-3"
                >
                  <p className="font-medium">{action.title}</p>
                  <p className="text-slate-600">
                    {actionTypeLabel(action.type, locale)} · {actionStatusLabel(action.status, locale)}
                    {action.area ? ` · ${areaLabel(action.area, locale)}` : ''}
                    {action.targetLevel ? ` → ${levelLabel(action.targetLevel, locale)}` : ''}
                    {action.expectedEndDate
                      ? ` · ${t('expectedEnd', { date: formatDate(action.expectedEndDate, locale) })}`
                      : ''}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="competencies" title={t('competenciesTitle')}>
          {ratings.error ? (
            <ProblemState code={ratings.error.code} />
          ) : ratings.data.items.length === 0 ? (
            <EmptyState title={t('competenciesEmpty')} />
          ) : (
            <table className="w-full text-sm">
              <caption className="sr-only">{t('competenciesTitle')}</caption>
              <thead>
                <tr className="text-left text-slate-600">
                  <th scope="col" className="py-1 font-medium">
                    {t('competency')}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t('score')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {COMPETENCY_IDS.map((competency) => {
                  const rating = ratings.data.items.find((item) => item.competency === competency);
                  return (
                    <tr key={competency} className="border-t border-slate-100">
                      <th scope="row" className="py-1.5 text-left font-normal">
                        {competencyLabel(competency, locale)}
                      </th>
                      <td className="py-1.5">
                        {rating ? (
                          <span className="flex items-center gap-2">
                            <span aria-hidden className="flex gap-0.5">
                              {[1, 2, 3, 4, 5].map((dot) => (
                                <span
                                  key={dot}
                                  className={`h-2.5 w-2.5 rounded-full ${dot <= rating.score ? 'bg-brand-600' : 'bg-slate-200'}`}
                                />
                              ))}
                            </span>
                            <span>{t('scoreOf', { score: rating.score })}</span>
                          </span>
                        ) : (
                          <span className="text-slate-500">{t('notRated')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </Section>

        <CertificatesSection employeeId={id} locale={locale} />

        <Section id="contacts" title={t('contactsTitle')}>
          {contacts.error ? (
            <ProblemState code={contacts.error.code} />
          ) : contacts.data.items.length === 0 ? (
            <EmptyState title={t('contactsEmpty')} />
          ) : (
            <dl className="space-y-3 text-sm">
              {CIRCLE_IDS.filter((circle) => contacts.data.items.some((c) => c.circle === circle)).map(
                (circle) => (
                  <div key={circle}>
                    <dt className="font-semibold text-slate-800">{circleLabel(circle, locale)}</dt>
                    {contacts.data.items
                      .filter((contact) => contact.circle === circle)
                      .map((contact) => (
                        <dd key={contact.id} className="ml-3">
                          {contact.partnerName}
                          {contact.description ? (
                            <span className="text-slate-600">: {contact.description}</span>
                          ) : null}
                        </dd>
                      ))}
                  </div>
                ),
              )}
            </dl>
          )}
        </Section>
      </div>
    </div>
  );
}
