import type { TMemberRole } from '@teamspiegel/domain/api/common';

export type NavItem = { href: string; key: string };

/** What each role finds in the main menu (the API enforces the same rights). */
export function navItemsFor(role: TMemberRole | null | undefined): NavItem[] {
  switch (role) {
    case 'board':
      return [
        { href: '/overzicht', key: 'overview' },
        { href: '/rapport', key: 'report' },
        { href: '/trend', key: 'trend' },
        { href: '/teams', key: 'teams' },
        { href: '/mensen', key: 'people' },
        { href: '/ontwikkelplan', key: 'development' },
        { href: '/ontwikkelvraag', key: 'demand' },
        { href: '/logboek', key: 'audit' },
      ];
    case 'hr':
      return [
        { href: '/overzicht', key: 'overview' },
        { href: '/rapport', key: 'report' },
        { href: '/trend', key: 'trend' },
        { href: '/teams', key: 'teams' },
        { href: '/mensen', key: 'people' },
        { href: '/ontwikkelplan', key: 'development' },
        { href: '/validatie', key: 'validation' },
        { href: '/ontwikkelvraag', key: 'demand' },
        { href: '/importeren', key: 'import' },
        { href: '/logboek', key: 'audit' },
      ];
    case 'manager':
      return [
        { href: '/teams', key: 'teams' },
        { href: '/overzicht', key: 'overview' },
        { href: '/trend', key: 'trend' },
        { href: '/mensen', key: 'people' },
        { href: '/validatie', key: 'validation' },
        { href: '/profiel', key: 'profile' },
      ];
    case 'trainer':
      return [{ href: '/ontwikkelvraag', key: 'demand' }];
    default:
      return [{ href: '/profiel', key: 'profile' }];
  }
}
