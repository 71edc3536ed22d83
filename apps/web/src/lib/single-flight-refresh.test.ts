import type { TAuthSession } from '@teamspiegel/domain/api/auth';
import { describe, expect, it, vi } from 'vitest';
import { type RefreshOutcome, singleFlightRefresh } from './single-flight-refresh';

function deferred() {
  let resolve: (value: RefreshOutcome) => void = () => undefined;
  const promise = new Promise<RefreshOutcome>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const refreshed = (token: string): RefreshOutcome => ({
  kind: 'refreshed',
  auth: { accessToken: `access-${token}`, refreshToken: `next-${token}` } as TAuthSession,
});

describe('singleFlightRefresh', () => {
  it('asks the API once for concurrent requests with the same refresh token, and shares the answer', async () => {
    const pending = deferred();
    const call = vi.fn(() => pending.promise);
    const refresh = singleFlightRefresh(call, { reuseMs: 20_000, max: 100 });
    const both = Promise.all([refresh('oud', null), refresh('oud', null)]);
    pending.resolve(refreshed('oud'));
    const [a, b] = await both;
    expect(call).toHaveBeenCalledTimes(1);
    expect(a).toEqual(refreshed('oud'));
    expect(b).toBe(a);
  });

  it('hands the same answer to a late request with the old token within the reuse window only', async () => {
    let clock = 1_000;
    const call = vi.fn(async (token: string) => refreshed(token));
    const refresh = singleFlightRefresh(call, { reuseMs: 20_000, max: 100, now: () => clock });
    const first = await refresh('oud', null);
    clock += 19_000;
    expect(await refresh('oud', null)).toBe(first);
    expect(call).toHaveBeenCalledTimes(1);
    clock += 2_000;
    await refresh('oud', null);
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('keeps different sessions apart', async () => {
    const call = vi.fn(async (token: string) => refreshed(token));
    const refresh = singleFlightRefresh(call, { reuseMs: 20_000, max: 100 });
    const [a, b] = await Promise.all([refresh('een', null), refresh('twee', null)]);
    expect(call).toHaveBeenCalledTimes(2);
    expect(a).toEqual(refreshed('een'));
    expect(b).toEqual(refreshed('twee'));
  });

  it('does not keep a failure: the next request asks again', async () => {
    const call = vi
      .fn<(token: string, context: null) => Promise<RefreshOutcome>>()
      .mockRejectedValueOnce(new Error('ECONNREFUSED'))
      .mockResolvedValueOnce(refreshed('oud'));
    const refresh = singleFlightRefresh(call, { reuseMs: 20_000, max: 100 });
    expect(await refresh('oud', null)).toEqual({ kind: 'unreachable' });
    expect(await refresh('oud', null)).toEqual(refreshed('oud'));
  });

  it('keeps at most `max` answers', async () => {
    const call = vi.fn(async (token: string) => refreshed(token));
    const refresh = singleFlightRefresh(call, { reuseMs: 20_000, max: 2 });
    for (const token of ['a', 'b', 'c']) await refresh(token, null);
    await refresh('a', null);
    expect(call).toHaveBeenCalledTimes(4);
  });
});
