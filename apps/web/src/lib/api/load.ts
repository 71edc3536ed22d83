import 'server-only';
import { notFound } from 'next/navigation';
import { ApiError } from './errors';

/**
 * For pages: a 404 from the API (including another tenant's id) and a malformed id in the page's
 * address (400 on `params.…`) become the not-found page; other API errors become an { error } value
 * the page shows in the user's language (ProblemState turns a 403 into the forbidden page).
 */
export async function load<T>(
  promise: Promise<T>,
): Promise<{ data: T; error: null } | { data: null; error: ApiError }> {
  try {
    return { data: await promise, error: null };
  } catch (error) {
    if (error instanceof ApiError) {
      if (error.status === 404 || malformedAddress(error)) notFound();
      return { data: null, error };
    }
    throw error;
  }
}

/** A 400 about the path's parameters: the address names nothing that can exist. */
function malformedAddress(error: ApiError): boolean {
  return (
    error.status === 400 && (error.problem?.errors ?? []).some((item) => item.path.startsWith('params.'))
  );
}
