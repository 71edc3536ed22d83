import { describe, expect, it } from 'vitest';
import { homeFor, mayOpen, navItemsFor, pagePermissions } from './access';

const EMPLOYEE_ID = '0b7c1f0e-0000-4000-8000-000000000000';
const menu = (role: Parameters<typeof navItemsFor>[0], employeeId: string | null = EMPLOYEE_ID) =>
  navItemsFor(role, employeeId).map((item) => item.href);

describe('the main menu, from the permissions table', () => {
  it('offers each role its pages (hand-written, to catch a wrong table entry)', () => {
    expect(menu('board')).toEqual([
      '/overzicht',
      '/rapport',
      '/trend',
      '/teams',
      '/mensen',
      '/ontwikkelplan',
      '/ontwikkelvraag',
      '/logboek',
      '/beheer',
      '/profiel',
    ]);
    expect(menu('hr')).toEqual([
      '/overzicht',
      '/rapport',
      '/trend',
      '/teams',
      '/mensen',
      '/ontwikkelplan',
      '/validatie',
      '/ontwikkelvraag',
      '/importeren',
      '/logboek',
      '/beheer',
      '/profiel',
    ]);
    // Managers read their teams' development plan (docs/permissions.md, decisions).
    expect(menu('manager')).toEqual([
      '/overzicht',
      '/trend',
      '/teams',
      '/mensen',
      '/ontwikkelplan',
      '/validatie',
      '/beheer',
      '/profiel',
    ]);
    expect(menu('trainer')).toEqual(['/ontwikkelvraag', '/profiel']);
    expect(menu('employee')).toEqual(['/profiel']);
    expect(menu(null)).toEqual([]);
  });

  it('offers the own profile only to a login linked to an employee record', () => {
    expect(menu('trainer', null)).toEqual(['/ontwikkelvraag']);
    expect(menu('hr', null)).not.toContain('/profiel');
    expect(menu('employee', null)).toEqual([]);
  });

  it('only offers pages the role may open', () => {
    for (const role of ['board', 'hr', 'manager', 'trainer', 'employee'] as const) {
      for (const href of menu(role)) expect(mayOpen(role, href), `${role} ${href}`).toBe(true);
    }
  });
});

describe('pages', () => {
  it('start where each role works', () => {
    expect(homeFor('board')).toBe('/overzicht');
    expect(homeFor('hr')).toBe('/overzicht');
    expect(homeFor('manager')).toBe('/teams');
    expect(homeFor('trainer')).toBe('/ontwikkelvraag');
    expect(homeFor('employee')).toBe('/profiel');
    for (const role of ['board', 'hr', 'manager', 'trainer', 'employee'] as const) {
      expect(mayOpen(role, homeFor(role)), role).toBe(true);
    }
  });

  it('need the permission of their data', () => {
    expect(mayOpen('hr', '/importeren')).toBe(true);
    expect(mayOpen('hr', '/beheer')).toBe(true);
    expect(mayOpen('hr', '/beheer/locaties')).toBe(true);
    expect(mayOpen('hr', '/beheer/teams?status=gearchiveerd')).toBe(true);
    expect(mayOpen('board', '/beheer/locaties')).toBe(false);
    // Board and managers read the role catalogue's holders (assignments.read); board also who has access.
    expect(mayOpen('manager', '/beheer')).toBe(true);
    expect(mayOpen('manager', '/beheer/rollen')).toBe(true);
    expect(mayOpen('manager', '/beheer/toegang')).toBe(false);
    expect(mayOpen('board', '/beheer/toegang')).toBe(true);
    expect(mayOpen('trainer', '/beheer')).toBe(false);
    expect(mayOpen('employee', '/beheer/teams')).toBe(false);
    expect(mayOpen('board', '/importeren')).toBe(false);
    expect(mayOpen('manager', '/logboek?pagina=2')).toBe(false);
    expect(mayOpen('employee', '/teams/0b7c1f0e-0000-4000-8000-000000000000')).toBe(true);
    expect(mayOpen('employee', '/teams/0b7c1f0e-0000-4000-8000-000000000000/eisen')).toBe(false);
    expect(mayOpen('manager', '/mensen/0b7c1f0e-0000-4000-8000-000000000000/privacy')).toBe(false);
    expect(mayOpen('trainer', '/mensen')).toBe(false);
    expect(mayOpen('hr', '/beheer/mensen/0b7c1f0e-0000-4000-8000-000000000000')).toBe(true);
    expect(mayOpen('board', '/beheer/mensen')).toBe(false);
    expect(mayOpen('manager', '/beheer/mensen/0b7c1f0e-0000-4000-8000-000000000000')).toBe(false);
    expect(pagePermissions('/ontwikkelplan/suggesties')).toEqual(['development.suggestions']);
    expect(pagePermissions('/bestaat-niet')).toBeNull();
    // Admin: roles (hr adapts, leaders see holders), access (board and hr), a new role (hr only).
    expect(mayOpen('hr', '/beheer/rollen')).toBe(true);
    expect(mayOpen('hr', '/beheer/rollen/nieuw')).toBe(true);
    expect(mayOpen('board', '/beheer/rollen/0b7c1f0e-0000-4000-8000-000000000000')).toBe(true);
    expect(mayOpen('board', '/beheer/rollen/nieuw')).toBe(false);
    expect(mayOpen('employee', '/beheer/rollen')).toBe(false);
    expect(mayOpen('board', '/beheer/toegang')).toBe(true);
    expect(mayOpen('hr', '/beheer/toegang')).toBe(true);
    expect(mayOpen('manager', '/beheer/toegang')).toBe(false);
    expect(mayOpen('trainer', '/beheer/toegang')).toBe(false);
  });
});
