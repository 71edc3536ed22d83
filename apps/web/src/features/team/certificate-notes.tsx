import type { TRequirementCoverageView } from '@teamspiegel/domain/api/coverage';
import { getTranslations } from 'next-intl/server';
import { PlanCourseButton } from '../certificates/plan-course-button';

/**
 * Certificate rows (rule 10): the holders whose certificate lapses before the projection's horizon,
 * each marked "expiring"; with a refresher course planned (she is in the pipeline) or, for who may
 * plan, a button that plans one. Counts only when the view is anonymised.
 */
export async function CertificateNotes({
  row,
  teamId,
  anonymised,
  mayPlan,
}: {
  row: TRequirementCoverageView;
  teamId: string;
  anonymised: boolean;
  mayPlan: boolean;
}) {
  const lapsing = row.lapsing ?? [];
  if (lapsing.length === 0 || row.requirement.kind !== 'certificate') return null;
  const t = await getTranslations('compliance.course');
  if (anonymised) {
    return (
      <div className="mt-1 text-xs font-semibold text-spof">
        {t('expiringCount', { count: lapsing.length })}
      </div>
    );
  }
  const certificateTypeId = row.requirement.certificateTypeId;
  const planned = new Set(row.pipeline.map((entry) => entry.employeeId));
  return (
    <ul className="mt-1 space-y-1 text-xs" data-testid="lapsing">
      {lapsing.map((holder) => {
        const name = holder.name ?? '';
        return (
          <li key={holder.employeeId}>
            <span className="font-semibold text-spof">{t('expiring', { name })}</span>
            {planned.has(holder.employeeId) ? (
              <span className="text-slate-700"> · {t('alreadyPlanned')}</span>
            ) : mayPlan ? (
              <PlanCourseButton
                teamId={teamId}
                employeeId={holder.employeeId}
                certificateTypeId={certificateTypeId}
                context={name}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
