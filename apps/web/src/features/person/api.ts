import 'server-only';
import type { TAmbition } from '@teamspiegel/domain/api/ambitions';
import type { TAreaLevel } from '@teamspiegel/domain/api/area-levels';
import type { TPage } from '@teamspiegel/domain/api/common';
import type { TCompetencyRating } from '@teamspiegel/domain/api/competency-ratings';
import type { TDevelopmentAction } from '@teamspiegel/domain/api/development-actions';
import type { TEmployee } from '@teamspiegel/domain/api/employees';
import type { TMember } from '@teamspiegel/domain/api/members';
import type { TRoleAssignment } from '@teamspiegel/domain/api/role-assignments';
import type { TSurroundingsContact } from '@teamspiegel/domain/api/surroundings-contacts';
import { apiFetch } from '@/lib/api/client';

const id = (value: string) => encodeURIComponent(value);

export const getEmployee = (employeeId: string) => apiFetch<TEmployee>(`/api/employees/${id(employeeId)}`);

export const listRoleAssignments = (employeeId: string) =>
  apiFetch<TPage<TRoleAssignment>>('/api/role-assignments', {
    query: { employeeId, current: true, pageSize: 100 },
  });

/** The whole level history, newest first (a person has a few dozen rows at most). */
export const listLevelHistory = (employeeId: string) =>
  apiFetch<TPage<TAreaLevel>>(`/api/employees/${id(employeeId)}/area-levels/history`, {
    query: { pageSize: 200 },
  });

export const listAmbitions = (employeeId: string) =>
  apiFetch<TPage<TAmbition>>('/api/ambitions', { query: { employeeId, pageSize: 50 } });

export const listDevelopmentActions = (employeeId: string) =>
  apiFetch<TPage<TDevelopmentAction>>('/api/development-actions', { query: { employeeId, pageSize: 100 } });

export const listCompetencyRatings = (employeeId: string) =>
  apiFetch<TPage<TCompetencyRating>>('/api/competency-ratings', { query: { employeeId, pageSize: 50 } });

export const listSurroundingsContacts = (employeeId: string) =>
  apiFetch<TPage<TSurroundingsContact>>('/api/surroundings-contacts', {
    query: { employeeId, pageSize: 100 },
  });

/** Logins of the organisation, to name who validated a level (HR and board may read them). */
export const listMembers = () => apiFetch<TPage<TMember>>('/api/members', { query: { pageSize: 200 } });
