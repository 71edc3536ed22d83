import type { TRequirementCoverageView } from '@teamspiegel/domain/api/coverage';
import { describe, expect, it } from 'vitest';
import {
  groupRequirementRows,
  levelMix,
  peopleWithLevel,
  projectionChanges,
  rowTone,
} from './requirements-table-model';

type Row = TRequirementCoverageView;

/** A row with only what the table model reads; the rest of the view does not matter here. */
function row(id: string, requirement: Record<string, unknown>, extra: Record<string, unknown> = {}): Row {
  return {
    requirement: { id, count: 1, ...requirement },
    status: 'covered',
    gap: 0,
    projected: { status: 'covered', gap: 0 },
    roleLabel: null,
    ...extra,
  } as unknown as Row;
}

const ids = (rows: Row[]) => rows.map((r) => r.requirement.id);

describe('groupRequirementRows', () => {
  const rows = [
    row('circle-wetenschap', { kind: 'circle', circle: 'wetenschap' }),
    row('area-did-expert', { kind: 'area', area: 'didactiek', minLevel: 'expert' }),
    row(
      'role-z',
      { kind: 'role', roleId: 'z' },
      { roleLabel: { nl: 'Zorgcoördinator', en: 'Care coordinator' } },
    ),
    row('area-did-starter', { kind: 'area', area: 'didactiek', minLevel: 'starter' }),
    row('circle-buurt', { kind: 'circle', circle: 'buurt' }),
    row('role-a', { kind: 'role', roleId: 'a' }, { roleLabel: { nl: 'Leerkracht', en: 'Teacher' } }),
    row('comp-creatief', { kind: 'competency', competency: 'creativiteit', minScore: 3 }),
    row('comp-samen', { kind: 'competency', competency: 'samenwerkingsgerichtheid', minScore: 4 }),
    row(
      'cert-b',
      { kind: 'certificate' },
      { certificateLabel: { nl: 'Kinder-EHBO', en: 'Paediatric first aid' } },
    ),
    row('cert-a', { kind: 'certificate' }, { certificateLabel: { nl: 'BHV', en: 'Emergency response' } }),
  ];
  const groups = groupRequirementRows(rows, 'nl');

  it('lists every area of the model, each with its tiers from the lowest level up', () => {
    expect(groups.areas).toHaveLength(8);
    const didactiek = groups.areas.find((g) => g.area === 'didactiek');
    expect(ids(didactiek?.tiers ?? [])).toEqual(['area-did-starter', 'area-did-expert']);
    expect(groups.areas.filter((g) => g.tiers.length > 0)).toHaveLength(1);
  });

  it('orders roles and certificates by their label in the language shown', () => {
    expect(ids(groups.roles)).toEqual(['role-a', 'role-z']);
    expect(ids(groups.certificates)).toEqual(['cert-a', 'cert-b']);
    expect(ids(groupRequirementRows(rows, 'en').roles)).toEqual(['role-z', 'role-a']);
  });

  it('orders competencies and circles as the model does', () => {
    expect(ids(groups.competencies)).toEqual(['comp-samen', 'comp-creatief']);
    expect(ids(groups.circles)).toEqual(['circle-buurt', 'circle-wetenschap']);
  });
});

describe('row state', () => {
  it('shades gaps red and single points or no margin amber', () => {
    expect(rowTone('gap')).toBe('bg-gap-soft/40');
    expect(rowTone('single_point')).toBe('bg-spof-soft/50');
    expect(rowTone('no_margin')).toBe('bg-spof-soft/50');
    expect(rowTone('covered')).toBe('');
  });

  it('sees a projection change in the status or in the gap', () => {
    const base = row('r', { kind: 'circle', circle: 'buurt' });
    expect(projectionChanges(base)).toBe(false);
    expect(projectionChanges({ ...base, projected: { ...base.projected, gap: 1 } })).toBe(true);
    expect(projectionChanges({ ...base, projected: { ...base.projected, status: 'gap' } })).toBe(true);
  });
});

describe('levels in the team', () => {
  const byLevel = { in_opleiding: 1, starter: 0, ervaren: 3, expert: 2 };

  it('counts everyone with a level, none without data', () => {
    expect(peopleWithLevel(byLevel)).toBe(6);
    expect(peopleWithLevel(undefined)).toBe(0);
  });

  it('lists the levels present, highest first', () => {
    expect(levelMix(byLevel)).toEqual([
      { level: 'expert', count: 2 },
      { level: 'ervaren', count: 3 },
      { level: 'in_opleiding', count: 1 },
    ]);
  });
});
