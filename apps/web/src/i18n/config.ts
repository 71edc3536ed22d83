export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** Dutch first: the beroepsbeeld and its users speak Dutch. */
export const DEFAULT_LOCALE: Locale = 'nl';
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function isLocale(value: string | undefined): value is Locale {
  return value === 'nl' || value === 'en';
}
