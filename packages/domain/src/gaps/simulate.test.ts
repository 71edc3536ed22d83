import { describe, expect, it } from 'vitest';
import { areaReq, member, roleReq, team } from '../../test/builders.js';
import { ZSimulationResult } from '../contracts/outputs.js';
import { DomainError } from '../errors.js';
import { simulate } from './simulate.js';

const base = team(
  [
    member('anna', {
      levels: { didactiek: 'ervaren', pedagogiek: 'starter' },
      competencies: { ontwikkelingsgerichtheid: 3 },
      roleIds: ['leerkracht'],
    }),
    member('bram', { levels: { didactiek: 'starter', pedagogiek: 'ervaren' } }),
  ],
  [
    areaReq('did', 'didactiek', 'ervaren', 1),
    areaReq('ped', 'pedagogiek', 'starter', 2),
    roleReq('lk', 'leerkracht'),
  ],
);

describe('simulate', () => {
  it('member_leaves opens gaps where they were needed', () => {
    const result = simulate(base, [{ type: 'member_leaves', employeeId: 'anna' }]);
    expect(result.differences).toEqual([
      {
        requirementId: 'did',
        before: { gap: 0, status: 'single_point', headcount: 1 },
        after: { gap: 1, status: 'gap', headcount: 0 },
      },
      {
        requirementId: 'lk',
        before: { gap: 0, status: 'single_point', headcount: 1 },
        after: { gap: 1, status: 'gap', headcount: 0 },
      },
      {
        requirementId: 'ped',
        before: { gap: 0, status: 'no_margin', headcount: 2 },
        after: { gap: 1, status: 'gap', headcount: 1 },
      },
    ]);
    expect(ZSimulationResult.safeParse(result).success).toBe(true);
    // The input team is untouched.
    expect(base.members).toHaveLength(2);
  });

  it('member_joins adds supply and can lift a single point of failure', () => {
    const result = simulate(base, [
      {
        type: 'member_joins',
        member: member('cees', { levels: { didactiek: 'expert', pedagogiek: 'starter' } }),
      },
    ]);
    const did = result.differences.find((d) => d.requirementId === 'did');
    expect(did?.after).toEqual({ gap: 0, status: 'covered', headcount: 2 });
    expect(result.after.summary.singlePoints).toBeLessThan(result.before.summary.singlePoints);
  });

  it('member_reaches_level sets the new level', () => {
    const result = simulate(base, [
      { type: 'member_reaches_level', employeeId: 'bram', area: 'didactiek', level: 'ervaren' },
    ]);
    expect(result.differences.map((d) => d.requirementId)).toEqual(['did']);
    expect(result.after.requirements.find((r) => r.requirement.id === 'did')?.supply.headcount).toBe(2);
    // bram lacks the ontwikkelingsgerichtheid score a leerkracht needs, so that role is unchanged.
    expect(result.after.requirements.find((r) => r.requirement.id === 'lk')?.supply.headcount).toBe(1);
  });

  it('requirement_changes replaces a requirement by id or adds a new one', () => {
    const result = simulate(base, [
      { type: 'requirement_changes', requirement: areaReq('ped', 'pedagogiek', 'starter', 3) },
      { type: 'requirement_changes', requirement: areaReq('new', 'gezondheid', 'starter', 1) },
    ]);
    expect(result.differences).toEqual([
      { requirementId: 'new', before: null, after: { gap: 1, status: 'gap', headcount: 0 } },
      {
        requirementId: 'ped',
        before: { gap: 0, status: 'no_margin', headcount: 2 },
        after: { gap: 1, status: 'gap', headcount: 2 },
      },
    ]);
  });

  it('requirement_removed drops a requirement', () => {
    const result = simulate(base, [{ type: 'requirement_removed', requirementId: 'lk' }]);
    expect(result.differences).toEqual([
      {
        requirementId: 'lk',
        before: { gap: 0, status: 'single_point', headcount: 1 },
        after: null,
      },
    ]);
    expect(result.after.summary.requirements).toBe(2);
  });

  it('applies changes in order and reports no differences when nothing changes', () => {
    const joiner = member('dana', { levels: { pedagogiek: 'expert' } });
    const result = simulate(base, [
      { type: 'member_joins', member: joiner },
      { type: 'member_leaves', employeeId: 'dana' },
    ]);
    expect(result.differences).toEqual([]);
    expect(result.after).toEqual(result.before);
  });

  it('throws a DomainError with a code for unknown employees and requirements', () => {
    const fail = (fn: () => unknown) => {
      try {
        fn();
        return null;
      } catch (error) {
        return error instanceof DomainError ? error.code : 'not a DomainError';
      }
    };
    expect(fail(() => simulate(base, [{ type: 'member_leaves', employeeId: 'ghost' }]))).toBe(
      'unknown_employee',
    );
    expect(
      fail(() =>
        simulate(base, [
          { type: 'member_reaches_level', employeeId: 'ghost', area: 'gezondheid', level: 'expert' },
        ]),
      ),
    ).toBe('unknown_employee');
    expect(fail(() => simulate(base, [{ type: 'member_joins', member: member('anna') }]))).toBe(
      'duplicate_employee',
    );
    expect(fail(() => simulate(base, [{ type: 'requirement_removed', requirementId: 'nope' }]))).toBe(
      'unknown_requirement',
    );
  });
});
