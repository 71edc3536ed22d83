/**
 * The invitations' service, one module per responsibility: the row's status, DTO and audit view
 * (model), the mail (mail), inviting (create), listing, revoking and resending (manage), and the
 * accept's writes (accept). Each write keeps its own transaction.
 */
export { claimInvitation } from './accept.ts';
export { createInvitation, inviteMember } from './create.ts';
export { invitationLink, sendInvitationMail } from './mail.ts';
export { listInvitations, resendInvitation, revokeInvitation } from './manage.ts';
export {
  gone,
  INVITATION_TTL_DAYS,
  type InvitationStatus,
  invitationAuditView,
  invitationDto,
  invitationInclude,
  invitationStatus,
  invitationStatusWhere,
} from './model.ts';
