import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ProblemState } from '@/components/problem-state';
import { TShapeChart } from '@/components/t-shape';
import { can } from '@/lib/access';
import { load } from '@/lib/api/load';
import { isUuid } from '@/lib/params';
import { getSession } from '@/lib/session';
import type { Locale } from '@/lib/vocabulary';
import { CertificatesSection } from '../certificates/certificates-section';
import { ActionsSection, AmbitionsSection } from './activity-sections';
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
import { HistorySection, ValidateSection } from './level-sections';
import { PersonHeader, PersonNav } from './person-header';
import { CompetenciesSection, ContactsSection } from './profile-sections';
import { Section } from './section';
import { levelHistory, userNames } from './view-model';

/** /mensen/[id]: who someone is, their T-shape, how their levels grew, and what they aim for. */
export async function PersonPage({ id }: { id: string }) {
  if (!isUuid(id)) notFound();
  const t = await getTranslations('person');
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

  const who = userNames(members?.data?.items ?? [], session.user?.id ?? null, {
    you: t('you'),
    someoneElse: t('someoneElse'),
  });
  const levels = levelHistory(history.data?.items ?? []);

  return (
    <div className="space-y-6">
      <PersonNav id={id} role={session.role} />
      <PersonHeader person={person} roles={roles} locale={locale} />

      <Section id="tshape" title={t('tshapeTitle')}>
        <p className="mb-3 text-sm text-slate-600">{t('tshapeIntro')}</p>
        <TShapeChart levels={person.levels} personName={person.fullName} />
      </Section>

      {canValidate && levels.waiting.length > 0 ? (
        <ValidateSection history={levels} person={person} locale={locale} />
      ) : null}

      <HistorySection loaded={history} history={levels} who={who} locale={locale} />

      <div className="grid gap-6 lg:grid-cols-2">
        <AmbitionsSection loaded={ambitions} locale={locale} />
        <ActionsSection loaded={actions} locale={locale} />
        <CompetenciesSection loaded={ratings} locale={locale} />
        <CertificatesSection employeeId={id} locale={locale} />
        <ContactsSection loaded={contacts} locale={locale} />
      </div>
    </div>
  );
}
