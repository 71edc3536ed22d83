import 'server-only';
import { notFound } from 'next/navigation';
import { ApiError } from './errors';

/**
 * For pages: a 404 from the API (including another tenant's id) becomes the not-found page;
 * other API errors become an { error } value the page shows in the user's language.
 */
export async function load<T>(
  promise: Promise<T>,
): Promise<{ data: T; error: null } | { data: null; error: ApiError }> {
  try {
    return { data: await promise, error: null };
  } catch (error) {
    if (error instanceof ApiError) {
      if (error.status === 404) notFound();
      return { data: null, error };
    }
    throw error;
  }
}
