import 'server-only';
import type { TDataExport } from '@teamspiegel/domain/api/privacy';
import { apiFetch } from '@/lib/api/client';

export { UUID } from '@/lib/params';

/** GET /api/employees/:id/data-export (hr). */
export function fetchEmployeeExport(employeeId: string): Promise<TDataExport> {
  return apiFetch<TDataExport>(`/api/employees/${encodeURIComponent(employeeId)}/data-export`);
}

/** GET /api/me/data-export (everyone whose login is linked to an employee record). */
export function fetchOwnExport(): Promise<TDataExport> {
  return apiFetch<TDataExport>('/api/me/data-export');
}

export function exportFileName(data: TDataExport): string {
  return `teamspiegel-gegevens-${data.employee.id}-${data.exportedAt.slice(0, 10)}.json`;
}
