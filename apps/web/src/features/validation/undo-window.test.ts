import { VALIDATION_UNDO_SECONDS } from '@teamspiegel/domain/api/area-levels';
import { describe, expect, it } from 'vitest';
import { UNDO_VISIBLE_MS } from './undo-window';

describe('the undo of a bulk approval', () => {
  it('is shown for a few seconds, all of them inside the window in which the API still undoes', () => {
    expect(UNDO_VISIBLE_MS).toBeGreaterThanOrEqual(5_000);
    // A click in the last visible second plus the round trip must still reach the API in time.
    expect(UNDO_VISIBLE_MS + 30_000).toBeLessThan(VALIDATION_UNDO_SECONDS * 1000);
  });
});
