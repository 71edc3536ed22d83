import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ConversationSheet } from '@/features/conversation-sheet/conversation-sheet';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('conversationSheet'))('title') };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <ConversationSheet id={(await params).id} />;
}
