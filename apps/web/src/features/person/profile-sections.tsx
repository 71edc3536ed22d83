import { COMPETENCY_IDS } from '@teamspiegel/domain';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TCompetencyRating } from '@teamspiegel/domain/api/competency-ratings';
import type { TSurroundingsContact } from '@teamspiegel/domain/api/surroundings-contacts';
import { getTranslations } from 'next-intl/server';
import { EmptyState, ProblemState } from '@/components/problem-state';
import { circleLabel, competencyLabel, type Locale } from '@/lib/vocabulary';
import { Section } from './section';
import { contactsByCircle, type Loaded } from './view-model';

/** Every competency of the model with the person's score (dots and words), or "not rated". */
export async function CompetenciesSection({
  loaded,
  locale,
}: {
  loaded: Loaded<TPage<TCompetencyRating>>;
  locale: Locale;
}) {
  const t = await getTranslations('person');
  if (loaded.error) {
    return (
      <Section id="competencies" title={t('competenciesTitle')}>
        <ProblemState code={loaded.error.code} />
      </Section>
    );
  }
  const ratings = loaded.data.items;
  return (
    <Section id="competencies" title={t('competenciesTitle')}>
      {ratings.length === 0 ? (
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
              const rating = ratings.find((item) => item.competency === competency);
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
  );
}

/** The person's surroundings contacts, per circle. */
export async function ContactsSection({
  loaded,
  locale,
}: {
  loaded: Loaded<TPage<TSurroundingsContact>>;
  locale: Locale;
}) {
  const t = await getTranslations('person');
  return (
    <Section id="contacts" title={t('contactsTitle')}>
      {loaded.error ? (
        <ProblemState code={loaded.error.code} />
      ) : loaded.data.items.length === 0 ? (
        <EmptyState title={t('contactsEmpty')} />
      ) : (
        <dl className="space-y-3 text-sm">
          {contactsByCircle(loaded.data.items).map(({ circle, contacts }) => (
            <div key={circle}>
              <dt className="font-semibold text-slate-800">{circleLabel(circle, locale)}</dt>
              {contacts.map((contact) => (
                <dd key={contact.id} className="ml-3">
                  {contact.partnerName}
                  {contact.description ? (
                    <span className="text-slate-600">: {contact.description}</span>
                  ) : null}
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}
