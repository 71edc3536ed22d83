import type { Locale } from '@teamspiegel/domain';

/** The text in the export's or report's language: t(locale, 'Dutch', 'English'). */
export const t = (locale: Locale, nl: string, en: string) => (locale === 'nl' ? nl : en);

/**
 * The words every export and report uses for the same figures, as docs/glossary.md fixes them
 * (and the web app's messages use): one term per concept, in both languages.
 */
const TERMS = {
  /** People missing for a requirement or in total (rule 1: max(0, count − headcount)). */
  shortfall: { nl: 'Tekort (mensen)', en: 'Shortfall (people)' },
  /** The shortfall once planned development and open vacancies land (rule 5). */
  expectedShortfall: { nl: 'Verwacht tekort', en: 'Expected shortfall' },
  expectedShortfallAfterDevelopment: {
    nl: 'Verwacht tekort na ontwikkeling',
    en: 'Expected shortfall after development',
  },
  /** After a number in a cell: "2 te kort" / "2 short". */
  short: { nl: 'te kort', en: 'short' },
} as const;

export function term(key: keyof typeof TERMS, locale: Locale): string {
  return TERMS[key][locale];
}
