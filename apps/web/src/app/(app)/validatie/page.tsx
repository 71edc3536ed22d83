import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ValidationPage, type ValidationSearchParams } from '@/features/validation/validation-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('validation'))('title') };
}

export default async function Page({ searchParams }: { searchParams: Promise<ValidationSearchParams> }) {
  return <ValidationPage searchParams={await searchParams} />;
}
