import 'server-only';
import type { ZodType } from 'zod';
import { apiFetchWithMeta } from '@/lib/api/client';
import { type ActionResult, ApiError, toActionError } from '@/lib/api/errors';

type Request = { method: 'POST' | 'PATCH'; path: string; body?: unknown; ifMatch?: string };

/** A form's fields as a plain object; empty strings become undefined (the API's "not given"). */
export function formObject(form: FormData, names: readonly string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of names) {
    const value = form.get(name);
    out[name] = typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  }
  return out;
}

/** Validation with the shared schema before the call, so the form shows field errors at once. */
export function validate<T>(
  schema: ZodType<T>,
  input: unknown,
): { data: T } | { error: ActionResult<never> } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { data: parsed.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.')] = issue.message;
  return { error: { ok: false, status: 400, code: 'validation_failed', fieldErrors } };
}

/** An ETag as the form carried it back (W/"3"), or undefined when missing or odd. */
export function etagOf(form: FormData): string | undefined {
  const value = form.get('etag');
  return typeof value === 'string' && /^(W\/)?"\d{1,10}"$/.test(value) ? value : undefined;
}

/** Calls the API; an API error becomes the form's ActionResult (field errors included). */
export async function send<T>(request: Request): Promise<{ data: T } | { error: ActionResult<never> }> {
  try {
    const result = await apiFetchWithMeta<T>(request.path, {
      method: request.method,
      body: request.body ?? {},
      ifMatch: request.ifMatch,
    });
    return { data: result.data };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { error: toActionError(error) };
  }
}
