import { describe, expect, it } from 'vitest';
import { dataVersionOf } from '../../bench/api-client.ts';

/** The mixed load's staleness check reads each response's version from its bytes: it must agree with JSON.parse. */
describe('dataVersionOf (bench:api load generator)', () => {
  const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));

  it('reads the top-level version of an organisation and of a team view', () => {
    expect(dataVersionOf(bytes({ dataVersion: 4127, matrix: { items: [] } }))).toBe(4127);
    expect(dataVersionOf(bytes({ team: { id: 't', name: 'Team 1' }, dataVersion: 38 }))).toBe(38);
  });

  it('skips the same words inside a string, where the quote is escaped', () => {
    const view = { team: { name: 'x "dataVersion":99 y' }, dataVersion: 7 };
    expect(JSON.stringify(view)).toContain('\\"dataVersion\\":99');
    expect(dataVersionOf(bytes(view))).toBe(7);
  });

  it('is null without a version or without digits', () => {
    expect(dataVersionOf(bytes({ title: 'Not Found' }))).toBeNull();
    expect(dataVersionOf(bytes({ dataVersion: null }))).toBeNull();
  });
});
