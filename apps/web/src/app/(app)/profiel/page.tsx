import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProfilePage } from '@/features/profile/profile-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('profile'))('title') };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ opgeslagen?: string }> }) {
  const { opgeslagen } = await searchParams;
  return <ProfilePage saved={opgeslagen === '1'} />;
}
