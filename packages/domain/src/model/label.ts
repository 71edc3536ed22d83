import type { Locale, LocalizedText } from './types.js';

/** Picks the label in one locale; falls back to Dutch, the canonical language. */
export function label(item: { readonly label: LocalizedText }, locale: Locale): string {
  return item.label[locale] || item.label.nl;
}
