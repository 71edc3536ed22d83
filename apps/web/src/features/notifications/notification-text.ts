import type { Locale } from '@teamspiegel/domain';
import type { TNotification } from '@teamspiegel/domain/api/notifications';
import type { getTranslations } from 'next-intl/server';
import { areaLabel, levelLabel } from '@/lib/vocabulary';

type Translator = Awaited<ReturnType<typeof getTranslations<'notifications'>>>;

/** The notification as one sentence ("Je niveau Ervaren voor Pedagogiek is gevalideerd."). */
export function notificationText(item: TNotification, locale: Locale, t: Translator): string {
  return t(`kinds.${item.kind}`, {
    area: item.area ? areaLabel(item.area, locale) : '',
    level: item.level ? levelLabel(item.level, locale).toLowerCase() : '',
    title: item.actionTitle ?? '',
  });
}

/** Where she reads more: her levels on Mijn profiel, her actions and requests on Mijn ontwikkeling. */
export function notificationHref(item: TNotification): string {
  return item.kind === 'level_validated' || item.kind === 'level_adjusted'
    ? '/profiel'
    : '/profiel/ontwikkeling';
}
