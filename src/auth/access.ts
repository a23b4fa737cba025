// Authorisation rules in one place. Every read and write is scoped to the caller's workspace;
// these decide what a caller may do inside it.
import { KefuError } from '../errors.ts';
import type { Principal } from './principal.ts';

export type StaffPrincipal = Extract<Principal, { kind: 'agent' | 'apiKey' }>;

export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw new KefuError('UNAUTHENTICATED', 'Send an Authorization: Bearer <token> header (or connectionParams.authorization on WebSocket).');
  return principal;
}

export function isStaff(principal: Principal | null): principal is StaffPrincipal {
  return principal?.kind === 'agent' || principal?.kind === 'apiKey';
}

export function isAdmin(principal: Principal | null): boolean {
  return (principal?.kind === 'agent' && principal.role !== 'AGENT') || (principal?.kind === 'apiKey' && principal.role === 'ADMIN');
}

export function requireStaff(principal: Principal | null): StaffPrincipal {
  if (!isStaff(requirePrincipal(principal))) throw new KefuError('FORBIDDEN', 'Only agents and API keys may do this; visitors cannot.');
  return principal as StaffPrincipal;
}

export function requireAdmin(principal: Principal | null): StaffPrincipal {
  const staff = requireStaff(principal);
  if (!isAdmin(staff)) throw new KefuError('FORBIDDEN', 'Only workspace owners and admins (or ADMIN API keys) may do this.');
  return staff;
}

interface ConversationScope {
  workspaceId: string;
  visitorId: string;
  assigneeId: string | null;
}

/** Agents with the AGENT role see unassigned conversations and their own; admins and keys see all. */
export function canAccessConversation(principal: Principal | null, conversation: ConversationScope): boolean {
  if (!principal || principal.workspaceId !== conversation.workspaceId) return false;
  switch (principal.kind) {
    case 'visitor':
      return conversation.visitorId === principal.id;
    case 'apiKey':
      return true;
    case 'agent':
      return principal.role !== 'AGENT' || conversation.assigneeId === null || conversation.assigneeId === principal.id;
  }
}

/** Prisma filter with the same meaning as canAccessConversation. */
export function conversationAccessFilter(principal: Principal) {
  switch (principal.kind) {
    case 'visitor':
      return { workspaceId: principal.workspaceId, visitorId: principal.id };
    case 'apiKey':
      return { workspaceId: principal.workspaceId };
    case 'agent':
      return principal.role === 'AGENT'
        ? { workspaceId: principal.workspaceId, OR: [{ assigneeId: null }, { assigneeId: principal.id }] }
        : { workspaceId: principal.workspaceId };
  }
}

export function canSeeInternal(principal: Principal | null): boolean {
  return isStaff(principal);
}
