import type { TRequirement } from '@teamspiegel/domain';
import type { TSimulationView } from '@teamspiegel/domain/api/coverage';
import { describe, expect, it } from 'vitest';
import type { WhatIfRequirement } from './options';
import {
  buildChange,
  type ChangeDraft,
  chooseRequirement,
  initialDraft,
  resultRows,
  withNewLevel,
} from './view-model';

const areaRequirement: TRequirement = {
  id: 'req-ped',
  kind: 'area',
  area: 'pedagogiek',
  minLevel: 'ervaren',
  count: 2,
} as TRequirement;
const competencyRequirement = {
  id: 'req-comp',
  kind: 'competency',
  competency: 'samenwerken',
  minScore: 3,
  count: 1,
} as unknown as TRequirement;
const requirements: WhatIfRequirement[] = [
  { id: 'req-ped', title: 'Pedagogiek', requirement: areaRequirement },
  { id: 'req-comp', title: 'Samenwerken', requirement: competencyRequirement },
];
const t = (key: string, values?: Record<string, string | number>) =>
  values ? `${key} ${JSON.stringify(values)}` : key;
const context = {
  requirements,
  hypotheticalId: 'hypothetisch-1',
  nameOf: (id: string) => (id === 'e1' ? 'Anna' : 'iemand'),
  locale: 'nl' as const,
  t,
};
const draft = (patch: Partial<ChangeDraft>): ChangeDraft => ({
  ...initialDraft('e1', requirements[0]),
  ...patch,
});

describe('what-if view model', () => {
  it('starts from the first member and the first requirement with its count', () => {
    expect(initialDraft('e1', requirements[0])).toMatchObject({
      type: 'member_leaves',
      memberId: 'e1',
      requirementId: 'req-ped',
      count: '2',
    });
  });

  it('describes a member who leaves by name', () => {
    const built = buildChange(draft({}), context);
    expect(built).toEqual({
      ok: true,
      change: { type: 'member_leaves', employeeId: 'e1' },
      description: 'describe.leaves {"name":"Anna"}',
    });
    expect(buildChange(draft({ memberId: '' }), context)).toEqual({ ok: false, error: 'member' });
  });

  it('builds a new member with a decimal comma and refuses a missing name or an FTE out of the schema', () => {
    const joins = draft({
      type: 'member_joins',
      newName: ' Bram ',
      newFte: '0,8',
      newLevels: { pedagogiek: 'expert' },
    });
    const built = buildChange(joins, context);
    expect(built.ok && built.change).toMatchObject({
      type: 'member_joins',
      member: { employeeId: 'hypothetisch-1', fte: 0.8, levels: { pedagogiek: 'expert' } },
    });
    expect(built.ok && built.description).toContain('"name":"Bram"');
    expect(buildChange({ ...joins, newName: '  ' }, context)).toEqual({ ok: false, error: 'name' });
    for (const newFte of ['0', '2,5', '-1', 'veel']) {
      expect(buildChange({ ...joins, newFte }, context)).toEqual({ ok: false, error: 'fte' });
    }
  });

  it('changes a requirement within the schema count and refuses a fraction or more than 1000', () => {
    const changes = draft({ type: 'requirement_changes', count: '3', minLevel: 'expert' });
    const built = buildChange(changes, context);
    expect(built.ok && built.change).toEqual({
      type: 'requirement_changes',
      requirement: { ...areaRequirement, count: 3, minLevel: 'expert' },
    });
    expect(buildChange({ ...changes, count: '1.5' }, context)).toEqual({ ok: false, error: 'count' });
    expect(buildChange({ ...changes, count: '1001' }, context)).toEqual({ ok: false, error: 'count' });
    expect(buildChange({ ...changes, requirementId: 'gone' }, context)).toEqual({
      ok: false,
      error: 'requirement',
    });
  });

  it('takes the count and minimum of a chosen requirement', () => {
    expect(chooseRequirement(draft({}), requirements, 'req-comp')).toMatchObject({
      requirementId: 'req-comp',
      count: '1',
      minScore: 3,
    });
  });

  it('sets and clears a new member level', () => {
    const set = withNewLevel({}, 'pedagogiek', 'starter');
    expect(set).toEqual({ pedagogiek: 'starter' });
    expect(withNewLevel(set, 'pedagogiek', '')).toEqual({});
  });

  it('lists changed requirements first, then by title, all of them with showAll', () => {
    const row = (id: string, title: string) =>
      ({
        requirement: { ...areaRequirement, id, label: { nl: title, en: title } },
        roleLabel: null,
      }) as never;
    const result = {
      before: [row('a', 'Zorg'), row('b', 'Taal')],
      after: [row('a', 'Zorg'), row('b', 'Taal'), row('c', 'Anders')],
      differences: [{ requirementId: 'a' }],
    } as unknown as TSimulationView;
    expect(resultRows(result, false, 'nl').map((r) => r.id)).toEqual(['a']);
    const all = resultRows(result, true, 'nl');
    expect(all[0]?.id).toBe('a');
    expect(all[0]?.changed).toBe(true);
    expect(all.slice(1).every((r) => !r.changed)).toBe(true);
    expect(all.find((r) => r.id === 'c')?.before).toBeUndefined();
  });
});
