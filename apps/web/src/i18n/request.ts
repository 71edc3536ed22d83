import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { MESSAGES } from '../../messages';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from './config';

/** The locale comes from the user's choice (cookie), Dutch by default; URLs stay language-free. */
export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  return { locale, messages: MESSAGES[locale], timeZone: 'Europe/Amsterdam' };
});
