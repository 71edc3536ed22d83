import type { Locale } from '@teamspiegel/domain';
import type { TDataExport } from '@teamspiegel/domain/api/privacy';
import { getLocale, getTranslations } from 'next-intl/server';
import {
  actionStatusLabel,
  actionTypeLabel,
  areaLabel,
  circleLabel,
  competencyLabel,
  directionLabel,
  formatDate,
  levelLabel,
} from '@/lib/vocabulary';

/** A vocabulary label, or a dash when the value is empty. */
const orDash =
  (toLabel: (id: string | null | undefined, locale: Locale) => string) =>
  (id: string | null | undefined, locale: Locale) =>
    toLabel(id, locale) || '—';
const areaName = orDash(areaLabel);
const levelName = orDash(levelLabel);
const competencyName = orDash(competencyLabel);
const circleName = orDash(circleLabel);
const directionName = orDash(directionLabel);
const actionTypeName = orDash(actionTypeLabel);
const statusName = orDash(actionStatusLabel);

function Section({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
        {count !== undefined ? (
          <span className="ml-2 text-sm font-normal text-slate-600">({count})</span>
        ) : null}
      </h2>
      {/* A phone gets stacked rows (Table), so nothing scrolls sideways there. */}
      <div className="mt-2 sm:overflow-x-auto">{children}</div>
    </section>
  );
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: React.ReactNode[][] }) {
  return (
    <table className="w-full text-sm max-sm:block">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-left text-xs uppercase tracking-wide text-slate-600 max-sm:sr-only">
        <tr>
          {head.map((cell) => (
            <th key={cell} scope="col" className="py-1 pr-3">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="max-sm:block">
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are static for one render
          <tr key={index} className="border-t border-slate-100 align-top max-sm:block max-sm:py-2">
            {row.map((cell, cellIndex) =>
              cellIndex === 0 ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <th key={cellIndex} scope="row" className={ROW_HEADER}>
                  {cell}
                </th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={cellIndex} className="py-1 pr-3 max-sm:block max-sm:py-0">
                  <span className="text-slate-600 sm:hidden">{head[cellIndex]}: </span>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ROW_HEADER = 'py-1 pr-3 text-left font-normal max-sm:block max-sm:py-0 max-sm:font-medium';

/** A readable rendering of the same data the JSON download holds. */
export async function PersonalDataView({ data }: { data: TDataExport }) {
  const t = await getTranslations('privacy.view');
  const locale = ((await getLocale()) === 'en' ? 'en' : 'nl') as Locale;
  const date = (value: string | null) => formatDate(value, locale) || '—';
  const none = <p className="text-sm text-slate-600">{t('none')}</p>;
  const e = data.employee;

  return (
    <div className="flex flex-col gap-4">
      <Section id="gegevens-persoon" title={t('person')}>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-slate-600">{t('name')}</dt>
          <dd>
            {e.firstName} {e.lastName}
          </dd>
          <dt className="text-slate-600">{t('email')}</dt>
          <dd>{e.email}</dd>
          <dt className="text-slate-600">{t('jobTitle')}</dt>
          <dd>{e.jobTitle ?? '—'}</dd>
          <dt className="text-slate-600">{t('fte')}</dt>
          <dd>{e.fte}</dd>
          <dt className="text-slate-600">{t('startDate')}</dt>
          <dd>{date(e.startDate)}</dd>
          <dt className="text-slate-600">{t('status')}</dt>
          <dd>
            {e.erasedAt
              ? t('statusErased', { date: date(e.erasedAt) })
              : e.active
                ? t('statusActive')
                : t('statusLeaver')}
          </dd>
          <dt className="text-slate-600">{t('organisation')}</dt>
          <dd>{data.organisation.name}</dd>
        </dl>
      </Section>

      <Section id="gegevens-teams" title={t('memberships')} count={data.memberships.length}>
        {data.memberships.length === 0 ? (
          none
        ) : (
          <Table
            caption={t('memberships')}
            head={[t('team'), t('from'), t('until'), t('roleInTeam')]}
            rows={data.memberships.map((m) => [
              m.teamName,
              date(m.startDate),
              date(m.endDate),
              m.roleInTeam ?? '—',
            ])}
          />
        )}
      </Section>

      <Section id="gegevens-niveaus" title={t('areaLevels')} count={data.areaLevels.length}>
        {data.areaLevels.length === 0 ? (
          none
        ) : (
          <Table
            caption={t('areaLevels')}
            head={[t('area'), t('level'), t('assessment'), t('from'), t('until'), t('comment')]}
            rows={data.areaLevels.map((l) => [
              areaName(l.area, locale),
              levelName(l.level, locale),
              t(`assessmentStatus.${l.status}`),
              date(l.validFrom),
              l.current ? t('current') : date(l.validTo),
              l.comment ?? '—',
            ])}
          />
        )}
      </Section>

      <Section id="gegevens-competenties" title={t('competencies')} count={data.competencyRatings.length}>
        {data.competencyRatings.length === 0 ? (
          none
        ) : (
          <Table
            caption={t('competencies')}
            head={[t('competency'), t('score')]}
            rows={data.competencyRatings.map((r) => [competencyName(r.competency, locale), `${r.score} / 5`])}
          />
        )}
      </Section>

      <Section id="gegevens-omgeving" title={t('contacts')} count={data.surroundingsContacts.length}>
        {data.surroundingsContacts.length === 0 ? (
          none
        ) : (
          <Table
            caption={t('contacts')}
            head={[t('circle'), t('partner'), t('description')]}
            rows={data.surroundingsContacts.map((c) => [
              circleName(c.circle, locale),
              c.partnerName,
              c.description ?? '—',
            ])}
          />
        )}
      </Section>

      <Section id="gegevens-ambities" title={t('ambitions')} count={data.ambitions.length}>
        {data.ambitions.length === 0 ? (
          none
        ) : (
          <Table
            caption={t('ambitions')}
            head={[t('direction'), t('area'), t('level'), t('horizon'), t('motivation'), t('visibility')]}
            rows={data.ambitions.map((a) => [
              directionName(a.direction, locale),
              areaName(a.area, locale),
              levelName(a.targetLevel, locale),
              date(a.horizonDate),
              a.motivation ?? '—',
              t(`visibilityValue.${a.visibility}`),
            ])}
          />
        )}
      </Section>

      <Section id="gegevens-rollen" title={t('roles')} count={data.roleAssignments.length}>
        {data.roleAssignments.length === 0 ? (
          none
        ) : (
          <Table
            caption={t('roles')}
            head={[t('role'), t('team'), t('from'), t('until')]}
            rows={data.roleAssignments.map((r) => [
              locale === 'nl' ? r.roleLabelNl : r.roleLabelEn,
              r.teamName ?? '—',
              date(r.startDate),
              date(r.endDate),
            ])}
          />
        )}
      </Section>

      <Section id="gegevens-acties" title={t('actions')} count={data.developmentActions.length}>
        {data.developmentActions.length === 0 ? (
          none
        ) : (
          <Table
            caption={t('actions')}
            head={[t('actionTitle'), t('type'), t('actionStatus'), t('area'), t('level'), t('notes')]}
            rows={data.developmentActions.map((a) => [
              a.title,
              actionTypeName(a.type, locale),
              statusName(a.status, locale),
              areaName(a.area, locale),
              levelName(a.targetLevel, locale),
              a.notes ?? '—',
            ])}
          />
        )}
      </Section>

      <Section id="gegevens-account" title={t('login')}>
        {data.login ? (
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="text-slate-600">{t('email')}</dt>
            <dd>{data.login.email}</dd>
            <dt className="text-slate-600">{t('name')}</dt>
            <dd>{data.login.name}</dd>
            <dt className="text-slate-600">{t('loginRoles')}</dt>
            <dd>{data.login.roles.map((role) => t(`roleValue.${role}`)).join(', ') || '—'}</dd>
            <dt className="text-slate-600">{t('since')}</dt>
            <dd>{date(data.login.createdAt)}</dd>
          </dl>
        ) : (
          <p className="text-sm text-slate-600">{t('noLogin')}</p>
        )}
        {data.invitations.length > 0 ? (
          <p className="mt-2 text-sm text-slate-600">
            {t('invitations', { count: data.invitations.length })}
          </p>
        ) : null}
        <p className="mt-2 text-xs text-slate-600">{t('noPassword')}</p>
      </Section>

      <Section id="gegevens-logboek" title={t('audit')} count={data.auditEvents.length}>
        {data.auditEvents.length === 0 ? (
          none
        ) : (
          <details>
            <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700">
              {t('auditShow')}
            </summary>
            <Table
              caption={t('audit')}
              head={[t('when'), t('entity'), t('action')]}
              rows={data.auditEvents.map((a) => [date(a.createdAt), a.entity, a.action])}
            />
          </details>
        )}
      </Section>
    </div>
  );
}
