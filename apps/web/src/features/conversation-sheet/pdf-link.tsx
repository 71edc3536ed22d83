import { getTranslations } from 'next-intl/server';

/** "Gespreksblad als PDF (A4)": a plain link to the route handler that fetches the PDF from the API. */
export async function ConversationSheetPdfLink({ employeeId }: { employeeId: string }) {
  const t = await getTranslations('conversationSheetPdf');
  return (
    <a
      href={`/mensen/${encodeURIComponent(employeeId)}/gespreksblad/pdf`}
      download
      data-testid="conversation-sheet-pdf"
      className="no-print ml-4 font-medium text-brand-700 underline underline-offset-2"
    >
      {t('download')}
    </a>
  );
}
