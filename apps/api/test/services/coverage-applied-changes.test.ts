import { describe, expect, it } from 'vitest';
import { type CoverageSnapshot, changesSince } from '../../src/services/coverage-snapshot.ts';
import type { AppliedChanges } from '../../src/services/coverage-snapshot-types.ts';

/*
 * Last month's point is patched from the change sets the snapshot's own patches applied (instead of
 * reading the change log again) only when they cover exactly the versions it needs.
 */

const snapshotWith = (dataVersion: number, appliedChanges: AppliedChanges[]) =>
  ({ dataVersion, appliedChanges }) as unknown as CoverageSnapshot;

const sets: AppliedChanges[] = [
  { from: 10, to: 12, employeeIds: ['e1'], teamIds: [] },
  { from: 12, to: 13, employeeIds: [], teamIds: ['t1'] },
  { from: 13, to: 17, employeeIds: ['e2', 'e1'], teamIds: ['t2'] },
];
const ids = (result: ReturnType<typeof changesSince>) =>
  result && { employeeIds: [...result.employeeIds].sort(), teamIds: [...result.teamIds].sort() };

describe('changesSince', () => {
  it('unites the patches from a version up to another', () => {
    const snapshot = snapshotWith(17, sets);
    expect(ids(changesSince(snapshot, 10, 17))).toEqual({ employeeIds: ['e1', 'e2'], teamIds: ['t1', 't2'] });
    expect(ids(changesSince(snapshot, 12, 17))).toEqual({ employeeIds: ['e1', 'e2'], teamIds: ['t1', 't2'] });
    expect(ids(changesSince(snapshot, 13, 17))).toEqual({ employeeIds: ['e1', 'e2'], teamIds: ['t2'] });
  });

  it('leaves out patches after the version asked for (the snapshot moved on meanwhile)', () => {
    expect(ids(changesSince(snapshotWith(17, sets), 10, 13))).toEqual({
      employeeIds: ['e1'],
      teamIds: ['t1'],
    });
  });

  it('is empty for an empty range', () => {
    expect(ids(changesSince(snapshotWith(17, sets), 17, 17))).toEqual({ employeeIds: [], teamIds: [] });
  });

  it('is null where the patches do not cover the range exactly: read the log', () => {
    const snapshot = snapshotWith(17, sets);
    // Older than the oldest kept patch (or after a full load: none kept).
    expect(changesSince(snapshot, 9, 17)).toBeNull();
    expect(changesSince(snapshotWith(17, []), 10, 17)).toBeNull();
    // Inside a patch: its changes cannot be split.
    expect(changesSince(snapshot, 11, 17)).toBeNull();
    expect(changesSince(snapshot, 10, 15)).toBeNull();
    // A gap between two patches.
    const gap = [sets[0], { ...(sets[2] as AppliedChanges) }] as AppliedChanges[];
    expect(changesSince(snapshotWith(17, gap), 10, 17)).toBeNull();
  });
});
