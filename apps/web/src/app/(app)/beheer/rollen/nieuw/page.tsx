import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NewRolePage } from '@/features/roles-admin/new-role-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rolesAdmin'))('newRoleTitle') };
}

export default function Page() {
  return <NewRolePage />;
}
