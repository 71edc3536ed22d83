import { can, canAny, type Permission, type Scope } from '@teamspiegel/domain/access';
import type { TMemberRole } from '@teamspiegel/domain/api/common';
import { ADMIN_PERMISSIONS, ADMIN_SECTIONS } from '../features/admin/admin-sections';

/**
 * The web side of the permissions table (@teamspiegel/domain/access): which page needs which
 * permission, what the menu offers and where each role starts. Components ask `can(session.role, …)`;
 * the API enforces the same table on every call.
 */
export { can, canAny, scopeOf } from '@teamspiegel/domain/access';

type Role = TMemberRole | null | undefined;

/** Opening a page needs one of its permissions; the first matching path wins. Unlisted pages are open. */
export const PAGE_PERMISSIONS: ReadonlyArray<{ path: RegExp; needs: readonly Permission[] }> = [
  { path: /^\/overzicht\/?$/, needs: ['coverage.read.overview'] },
  { path: /^\/rapport\/?$/, needs: ['coverage.report'] },
  { path: /^\/trend\/?$/, needs: ['coverage.trend'] },
  { path: /^\/teams\/?$/, needs: ['teams.read'] },
  { path: /^\/teams\/[^/]+\/eisen\/?$/, needs: ['requirements.manage'] },
  { path: /^\/teams\/[^/]+\/?$/, needs: ['coverage.read.named', 'coverage.read.anonymous'] },
  { path: /^\/mensen\/[^/]+\/privacy(\/.*)?$/, needs: ['privacy.manage'] },
  { path: /^\/mensen(\/.*)?$/, needs: ['people.read.personal'] },
  { path: /^\/ontwikkelplan\/suggesties\/?$/, needs: ['development.suggestions'] },
  { path: /^\/ontwikkelplan\/aanvragen\/?$/, needs: ['development.read'] },
  { path: /^\/ontwikkelplan\/?$/, needs: ['development.read'] },
  { path: /^\/ontwikkelvraag\/?$/, needs: ['demand.read'] },
  { path: /^\/validatie\/?$/, needs: ['levels.validate'] },
  { path: /^\/importeren(\/.*)?$/, needs: ['imports.run'] },
  { path: /^\/logboek\/?$/, needs: ['audit.read'] },
  { path: /^\/profiel(\/.*)?$/, needs: ['profile.own'] },
  { path: /^\/meldingen\/?$/, needs: ['profile.own'] },
  { path: /^\/beheer\/rollen\/nieuw\/?$/, needs: ['roles.manage'] },
  { path: /^\/beheer\/?$/, needs: ADMIN_PERMISSIONS },
  ...ADMIN_SECTIONS.map((section) => ({
    path: new RegExp(`^${section.href.replaceAll('/', '\\/')}(\\/.*)?$`),
    needs: section.needs,
  })),
];

/** The permissions a page needs (any one of them), or null for a page without a rule. */
export function pagePermissions(pathname: string): readonly Permission[] | null {
  const path = pathname.split(/[?#]/)[0] ?? '/';
  return PAGE_PERMISSIONS.find((page) => page.path.test(path))?.needs ?? null;
}

export function mayOpen(role: Role, pathname: string): boolean {
  const needs = pagePermissions(pathname);
  return needs === null || canAny(role, needs);
}

/** Whether the role holds `permission` for other people than itself (not only in scope 'self'). */
export function seesOthers(role: Role, permission: Permission): boolean {
  return can(role, permission) && !can(role, permission, 'self');
}

export type NavItem = { href: string; key: string };

/**
 * The main menu, in order; an item shows when the role holds its permission (in one of `scopes`),
 * and, for the own profile, when the login is linked to an employee record.
 */
const NAV: ReadonlyArray<
  NavItem & {
    needs: Permission;
    needsAny?: readonly Permission[];
    scopes?: readonly Scope[];
    ownRecord?: true;
  }
> = [
  { href: '/overzicht', key: 'overview', needs: 'coverage.read.named' },
  { href: '/rapport', key: 'report', needs: 'coverage.report' },
  { href: '/trend', key: 'trend', needs: 'coverage.trend' },
  { href: '/teams', key: 'teams', needs: 'coverage.read.named' },
  { href: '/mensen', key: 'people', needs: 'people.read.personal', scopes: ['organisation', 'led_teams'] },
  {
    href: '/ontwikkelplan',
    key: 'development',
    needs: 'development.read',
    scopes: ['organisation', 'led_teams'],
  },
  { href: '/validatie', key: 'validation', needs: 'levels.validate' },
  { href: '/ontwikkelvraag', key: 'demand', needs: 'demand.read' },
  { href: '/importeren', key: 'import', needs: 'imports.run' },
  { href: '/logboek', key: 'audit', needs: 'audit.read' },
  { href: '/beheer', key: 'admin', needs: 'sites.manage', needsAny: ADMIN_PERMISSIONS },
  { href: '/profiel', key: 'profile', needs: 'profile.own', ownRecord: true },
];

/** What the login finds in the main menu. */
export function navItemsFor(role: Role, employeeId: string | null | undefined): NavItem[] {
  return NAV.filter((item) => {
    if (item.ownRecord && !employeeId) return false;
    if (item.needsAny) return canAny(role, item.needsAny);
    return item.scopes ? item.scopes.some((scope) => can(role, item.needs, scope)) : can(role, item.needs);
  }).map(({ href, key }) => ({ href, key }));
}

/** Where each role starts: the first of these it may open. */
const HOMES: ReadonlyArray<{ href: string; needs: Permission; scope?: Scope }> = [
  { href: '/overzicht', needs: 'coverage.read.named', scope: 'organisation' },
  { href: '/teams', needs: 'coverage.read.named' },
  { href: '/ontwikkelvraag', needs: 'demand.read' },
];

export function homeFor(role: Role): string {
  return HOMES.find((home) => can(role, home.needs, home.scope))?.href ?? '/profiel';
}
