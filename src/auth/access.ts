// Authorisation rules in one place. Every read and write is scoped to the caller's workspace;
// these decide what a caller may do inside it.
import { KefuError } from '../errors.ts';
import type { Principal } from './principal.ts';

export type StaffPrincipal = Extract<Principal, { kind: 'agent' | 'apiKey' }>;

export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw new KefuError('UNAUTHENTICATED', 'Send an Authorization: Bearer <token> header (or connectionParams.authorization on WebSocket).');
  return principal;
}

/**
 * Who may do what. Three tiers, and the GraphQL auth scopes (graphql/builder.ts) are exactly these:
 * - staff: agents (any role) and ADMIN API keys: the inbox, people's data (emails), managing
 *   conversations, tags, canned replies, internal notes;
 * - serve: staff plus BOT API keys: read the conversations and messages they serve, send
 *   (not internal notes), type, read receipts, request an agent, read priority, tags and knowledge answers;
 * - visitors: their own conversations only, through conversationAccessFilter.
 * A new field is open to a tier only when it names that tier's scope.
 */
export function isStaff(principal: Principal | null): principal is StaffPrincipal {
  return principal?.kind === 'agent' || (principal?.kind === 'apiKey' && principal.role === 'ADMIN');
}

function isBotKey(principal: Principal | null): boolean {
  return principal?.kind === 'apiKey' && principal.role === 'BOT';
}

/** Staff and BOT keys: the callers that answer visitors. */
export function canServe(principal: Principal | null): principal is StaffPrincipal {
  return isStaff(principal) || isBotKey(principal);
}

export function isAdmin(principal: Principal | null): boolean {
  return (principal?.kind === 'agent' && principal.role !== 'AGENT') || (principal?.kind === 'apiKey' && principal.role === 'ADMIN');
}

export function requireStaff(principal: Principal | null): StaffPrincipal {
  const caller = requirePrincipal(principal);
  if (!isStaff(caller)) throw new KefuError('FORBIDDEN', isBotKey(caller) ? 'BOT API keys may not do this; use an ADMIN key or an agent account.' : 'Only agents and ADMIN API keys may do this; visitors cannot.');
  return caller;
}

/** Staff or a BOT key, e.g. for the inbox stream a bot integration serves visitors from. */
export function requireServe(principal: Principal | null): StaffPrincipal {
  const caller = requirePrincipal(principal);
  if (!canServe(caller)) throw new KefuError('FORBIDDEN', 'Only agents and API keys may do this; visitors cannot.');
  return caller;
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

/** Internal notes are for people working the inbox: not visitors, not BOT keys. */
export function canSeeInternal(principal: Principal | null): boolean {
  return isStaff(principal);
}
