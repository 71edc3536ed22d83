import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { first, isUuid, parsePage } from '@/lib/params';
import { Suggestions } from './suggestions';

type SearchParams = Record<string, string | string[] | undefined>;

/** /ontwikkelplan/suggesties: what the gaps ask for, ready to accept into the plan. */
export async function SuggestionsPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations('suggestions');
  const page = parsePage(searchParams.pagina);
  const team = first(searchParams.team);
  const teamId = isUuid(team) ? team : undefined;
  const accepted = first(searchParams.geaccepteerd);
  const acceptedId = isUuid(accepted) ? accepted : undefined;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm">
          <Link href="/ontwikkelplan" className="text-brand-700 underline underline-offset-2">
            {t('backToPlan')}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">{t('intro')}</p>
      </div>
      <Suggestions page={page} teamId={teamId} acceptedId={acceptedId} />
    </div>
  );
}
