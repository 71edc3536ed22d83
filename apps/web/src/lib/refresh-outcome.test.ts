import { describe, expect, it } from 'vitest';
import { refreshIsTransient } from './refresh-outcome';

describe('refreshIsTransient', () => {
  it('keeps the session while the API or its database is unavailable', () => {
    expect(refreshIsTransient(503)).toBe(true);
    expect(refreshIsTransient(500)).toBe(true);
    expect(refreshIsTransient(429)).toBe(true);
  });

  it('ends it when the API refuses the refresh token', () => {
    expect(refreshIsTransient(401)).toBe(false);
    expect(refreshIsTransient(400)).toBe(false);
    expect(refreshIsTransient(403)).toBe(false);
  });
});
