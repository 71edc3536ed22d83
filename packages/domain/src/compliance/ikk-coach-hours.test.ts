import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeIkkCoachHours,
  IKK_COACH_HOURS_RULE,
  ikkPeildatum,
  kindercentraOf,
} from './ikk-coach-hours.js';

// The worked example of docs/coverage-rules.md, rule 15.
const example = {
  sites: [
    { siteId: 'boomgaard', name: 'De Boomgaard', teamKinds: ['peuter', 'bso'] },
    { siteId: 'anker', name: 'Het Anker', teamKinds: ['baby_dreumes', 'peuter'] },
    { siteId: 'school', name: 'De Regenboog', teamKinds: ['onderbouw', 'bovenbouw'] },
  ],
  pms: [
    { fte: 0.8, memberships: [{ siteId: 'boomgaard', fte: null }] },
    {
      fte: 1,
      memberships: [
        { siteId: 'boomgaard', fte: 0.6 },
        { siteId: 'anker', fte: 0.4 },
      ],
    },
    { fte: 0.5, memberships: [{ siteId: 'boomgaard', fte: null }] },
    { fte: 1, memberships: [{ siteId: 'anker', fte: null }] },
  ],
  coaches: [
    { hoursPerYear: 100, siteId: 'boomgaard' },
    { hoursPerYear: 40, siteId: 'anker' },
    { hoursPerYear: 30, siteId: null },
  ],
};

describe('Wet IKK coach hours (rule 15)', () => {
  it('keeps the numbers as data with their source', () => {
    expect(IKK_COACH_HOURS_RULE.hoursPerKindercentrum).toBe(50);
    expect(IKK_COACH_HOURS_RULE.hoursPerPmFte).toBe(10);
    expect(IKK_COACH_HOURS_RULE.hoursPerFte).toBe(36);
    expect(IKK_COACH_HOURS_RULE.source.title).toMatch(/Besluit kwaliteit kinderopvang/);
  });

  it('counts day care and out-of-school care at one site as two kindercentra', () => {
    expect(kindercentraOf(['peuter', 'bso'])).toBe(2);
    expect(kindercentraOf(['baby_dreumes', 'peuter', 'unit_3_6'])).toBe(1);
    expect(kindercentraOf(['onderbouw', 'zorgteam'])).toBe(0);
  });

  it('takes the count on 1 January of the year', () => {
    expect(ikkPeildatum('2026-12-06')).toBe('2026-01-01');
  });

  it('reproduces the worked example per site and for the organisation', () => {
    const result = computeIkkCoachHours(example);
    const [boomgaard, anker, school] = result.sites;
    expect(boomgaard).toMatchObject({
      kindercentra: 2,
      pmFte: 1.9,
      requiredHours: 119,
      assignedHours: 100,
      shortfallHours: 19,
      covered: false,
    });
    expect(anker).toMatchObject({
      kindercentra: 1,
      pmFte: 1.4,
      requiredHours: 64,
      assignedHours: 40,
      shortfallHours: 24,
      covered: false,
    });
    expect(school).toMatchObject({
      kindercentra: 0,
      pmFte: 0,
      requiredHours: 0,
      assignedHours: 0,
      shortfallHours: 0,
      covered: true,
    });
    expect(result.organisation).toMatchObject({
      kindercentra: 3,
      pmFte: 3.3,
      requiredHours: 183,
      assignedHours: 170,
      shortfallHours: 13,
      unallocatedHours: 30,
      covered: false,
    });
  });

  it('is covered once enough hours are assigned', () => {
    const result = computeIkkCoachHours({
      ...example,
      coaches: [...example.coaches, { hoursPerYear: 13, siteId: null }],
    });
    expect(result.organisation).toMatchObject({ assignedHours: 183, shortfallHours: 0, covered: true });
  });

  it('the organisation requires what its sites require when every pm works at a site', () => {
    const kinds = fc.constantFrom('baby_dreumes', 'peuter', 'unit_3_6', 'bso', 'onderbouw', 'overig');
    fc.assert(
      fc.property(
        fc.array(fc.array(kinds, { maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.record({ fte: fc.integer({ min: 1, max: 10 }), site: fc.nat() }), { maxLength: 10 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 4 }),
        (siteKinds, pms, hours) => {
          const sites = siteKinds.map((teamKinds, i) => ({ siteId: `s${i}`, name: `s${i}`, teamKinds }));
          const result = computeIkkCoachHours({
            sites,
            pms: pms.map((pm) => ({
              fte: pm.fte / 10,
              memberships: [{ siteId: `s${pm.site % sites.length}`, fte: null }],
            })),
            coaches: hours.map((h, i) => ({ hoursPerYear: h, siteId: `s${i % sites.length}` })),
          });
          const sum = (key: 'requiredHours' | 'assignedHours') =>
            result.sites.reduce((total, site) => total + site[key], 0);
          expect(result.organisation.requiredHours).toBeCloseTo(sum('requiredHours'), 6);
          expect(result.organisation.assignedHours).toBeCloseTo(sum('assignedHours'), 6);
          for (const site of [...result.sites, result.organisation]) {
            expect(site.shortfallHours).toBeGreaterThanOrEqual(0);
            expect(site.covered).toBe(site.shortfallHours === 0);
          }
        },
      ),
    );
  });
});
