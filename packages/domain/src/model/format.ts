import type { Locale } from './types.js';

/**
 * The one number formatter of every page and export: Dutch conventions in Dutch ("0,9", "1.250"),
 * English ones in English. Pure Intl, so the API's PDFs and the web app format alike.
 */
const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits });
    cache.set(key, format);
  }
  return format;
}

/** "1.250" / "1,250"; "0,9" / "0.9" — at most `maximumFractionDigits` decimals (default 1). */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, maximumFractionDigits).format(value);
}

/** A contract size as the sector writes it: "0,9 fte" (nl), "0.9 FTE" (en); two decimals at most. */
export function formatFte(value: number, locale: Locale): string {
  return `${formatNumber(value, locale, 2)} ${locale === 'nl' ? 'fte' : 'FTE'}`;
}
