import { describe, expect, it } from 'vitest';
import { ZMemberRole } from '../contracts/api/common.js';
import {
  ACCESS_ROLES,
  can,
  canAny,
  grantableRoles,
  leadsTeams,
  MEMBER_ROLES,
  MOTIVATION_READERS,
  mayGrant,
  mayReadMotivation,
  PERMISSION_NAMES,
  PERMISSIONS,
  permissionsOf,
  ROLE_GRANTS,
  SCOPES,
  scopeOf,
} from './index.js';

describe('the permissions table', () => {
  it('names permissions as dotted lowercase words and describes each as a sentence', () => {
    for (const name of PERMISSION_NAMES) {
      expect(name).toMatch(/^[a-z]+(\.[a-z]+)+$/);
      expect(PERMISSIONS[name].allows).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('grants only known roles, with known scopes', () => {
    for (const name of PERMISSION_NAMES) {
      for (const [role, scope] of Object.entries(PERMISSIONS[name].grants)) {
        expect(ACCESS_ROLES).toContain(role);
        expect(Object.keys(SCOPES)).toContain(scope);
      }
    }
  });

  it('keeps the platform administrator out of every tenant permission', () => {
    expect(permissionsOf('platform_admin')).toEqual([
      { permission: 'organisations.administer', scope: 'platform' },
    ]);
    for (const role of MEMBER_ROLES) expect(can(role, 'organisations.administer')).toBe(false);
  });

  it('is the role set of the HTTP contracts', () => {
    expect(ZMemberRole.options).toEqual([...MEMBER_ROLES]);
  });
});

describe('can / scopeOf', () => {
  it('answers from the table, with the scope', () => {
    expect(can('hr', 'imports.run')).toBe(true);
    expect(can('board', 'imports.run')).toBe(false);
    expect(scopeOf('manager', 'coverage.read.named')).toBe('led_teams');
    expect(scopeOf('employee', 'people.read.personal')).toBe('self');
    expect(scopeOf('trainer', 'people.read.personal')).toBeNull();
    expect(can('manager', 'coverage.read.named', 'organisation')).toBe(false);
    expect(can('board', 'coverage.read.named', 'organisation')).toBe(true);
  });

  it('denies a missing role', () => {
    expect(can(null, 'teams.read')).toBe(false);
    expect(can(undefined, 'teams.read')).toBe(false);
    expect(canAny(null, ['teams.read'])).toBe(false);
  });

  it('allows any of several permissions', () => {
    expect(canAny('trainer', ['coverage.read.named', 'coverage.read.anonymous'])).toBe(true);
    expect(canAny('trainer', ['coverage.read.named', 'people.read.personal'])).toBe(false);
  });

  it('never lets a role see coverage both named and anonymous', () => {
    for (const role of MEMBER_ROLES) {
      expect(can(role, 'coverage.read.named') && can(role, 'coverage.read.anonymous')).toBe(false);
    }
  });

  it('lets managers read the development plan of the teams they lead', () => {
    expect(scopeOf('manager', 'development.read')).toBe('led_teams');
    expect(can('manager', 'development.manage')).toBe(false);
  });
});

describe('who may grant which role', () => {
  it('lets board grant every role, board included', () => {
    for (const role of MEMBER_ROLES) expect(mayGrant('board', role)).toBe(true);
  });

  it('keeps hr from granting, demoting or removing board', () => {
    expect(mayGrant('hr', 'board')).toBe(false);
    expect(mayGrant('hr', 'hr')).toBe(true);
    expect(mayGrant('hr', 'employee')).toBe(true);
    expect(grantableRoles('hr')).not.toContain('board');
  });

  it('gives no granting right to roles without members.manage or members.invite', () => {
    for (const role of MEMBER_ROLES) {
      if (!can(role, 'members.manage') && !can(role, 'members.invite')) expect(ROLE_GRANTS[role]).toEqual([]);
    }
    expect(mayGrant('platform_admin', 'employee')).toBe(false);
    expect(mayGrant(null, 'employee')).toBe(false);
  });

  it('lets exactly the roles with a led_teams scope lead teams (invitations name them)', () => {
    expect(MEMBER_ROLES.filter((role) => leadsTeams(role))).toEqual(['manager']);
    expect(leadsTeams(null)).toBe(false);
  });
});

describe('ambition motivation', () => {
  it('follows the visibility its owner chose', () => {
    expect(mayReadMotivation('hr', 'hr')).toBe(true);
    expect(mayReadMotivation('hr', 'manager')).toBe(true);
    expect(mayReadMotivation('hr', 'self')).toBe(false);
    expect(mayReadMotivation('manager', 'manager')).toBe(true);
    expect(mayReadMotivation('manager', 'hr')).toBe(false);
    expect(mayReadMotivation('board', 'manager')).toBe(false);
    expect(mayReadMotivation('trainer', 'manager')).toBe(false);
  });

  it('names only readers that hold ambitions.read.motivation', () => {
    for (const readers of Object.values(MOTIVATION_READERS)) {
      for (const role of readers) expect(can(role, 'ambitions.read.motivation')).toBe(true);
    }
  });
});
