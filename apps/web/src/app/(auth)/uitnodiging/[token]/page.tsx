import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InvitationPage } from '@/features/invitation/invitation-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invitation'))('title') };
}

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <InvitationPage token={token} path={`/uitnodiging/${encodeURIComponent(token)}`} />;
}
