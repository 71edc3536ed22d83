import { getLocale, getTranslations } from 'next-intl/server';
import { setLocale } from '../auth/actions';

/** NL | EN as two submit buttons: works without JavaScript and by keyboard. */
export async function LanguageSwitch({ current }: { current: string }) {
  const locale = await getLocale();
  const t = await getTranslations('nav');
  return (
    <form action={setLocale} className="flex items-center gap-1 text-sm" aria-label={t('language')}>
      <input type="hidden" name="terug" value={current} />
      {(['nl', 'en'] as const).map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          aria-pressed={locale === option}
          lang={option}
          className={`min-h-11 min-w-11 rounded px-2 py-1 font-medium uppercase lg:min-h-0 lg:min-w-0 ${
            locale === option ? 'bg-brand-700 text-white' : 'text-brand-700 hover:bg-brand-50'
          }`}
        >
          {option}
          <span className="sr-only">{option === 'nl' ? ', Nederlands' : ', English'}</span>
        </button>
      ))}
    </form>
  );
}
