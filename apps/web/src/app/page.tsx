import { redirect } from 'next/navigation';
import { homeFor } from '@/lib/access';
import { getSession, isSignedIn } from '@/lib/session';

/** The root sends each role to its own home. */
export default async function Home() {
  const session = await getSession();
  redirect(isSignedIn(session) ? homeFor(session.role) : '/login');
}
