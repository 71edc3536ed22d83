import type { TProblem } from '@teamspiegel/domain/api/common';
import { describe, expect, it } from 'vitest';
import { ApiError, toActionError } from './errors';

const problem = (status: number, code: string): TProblem =>
  ({
    type: 'about:blank',
    title: 'x',
    status,
    code,
    errors: [{ path: 'body.motivation', message: 'Only the employee may set this field' }],
  }) as TProblem;

describe('toActionError', () => {
  it('keeps field errors of a validation problem for the form', () => {
    const result = toActionError(new ApiError(400, problem(400, 'validation_failed')));
    expect(result).toMatchObject({ ok: false, status: 400, fieldErrors: { motivation: expect.any(String) } });
  });

  it('turns a refusal into "not allowed", never into field errors ("check the fields")', () => {
    const result = toActionError(new ApiError(403, problem(403, 'ambition_owner_only')));
    expect(result).toEqual({ ok: false, status: 403, code: 'ambition_owner_only' });
  });
});
