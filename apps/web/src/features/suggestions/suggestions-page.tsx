import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suggestions } from './suggestions';

type SearchParams = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** /ontwikkelplan/suggesties: what the gaps ask for, ready to accept into the plan. */
export async function SuggestionsPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations('suggestions');
  const page = Math.max(1, Number.parseInt(first(searchParams.pagina) ?? '1', 10) || 1);
  const team = first(searchParams.team);
  const teamId = team && UUID.test(team) ? team : undefined;
  const accepted = first(searchParams.geaccepteerd);
  const acceptedId = accepted && UUID.test(accepted) ? accepted : undefined;
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
