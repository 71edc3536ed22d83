/** Dutch order, as `localeCompare(…, 'nl')` but with one collator (a thousand rows sort in well under a ms). */
export const compareNl = new Intl.Collator('nl').compare;
