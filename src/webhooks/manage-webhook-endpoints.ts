// Admins' webhook endpoints: create (the secret is shown once), update (URL, events, enable again
// after an automatic disable), rotate the secret, delete. A new endpoint receives the events
// recorded after it was created (its cursor starts at the workspace's newest position).
import { z } from 'zod';
import { requireAdmin } from '../auth/access.ts';
import type { Principal } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import type { WebhookEndpoint } from '../storage/models.ts';
import { parseInput } from '../validation.ts';
import { webhookEvents, webhookUrl } from './webhook-endpoint-input.ts';
import { refusePrivateTarget } from './private-network-guard.ts';
import { generateWebhookSecret } from './webhook-signature.ts';

const MAX_ENDPOINTS_PER_WORKSPACE = 20;

export interface WebhookTargetInput {
  workspaceId: string;
  url: string;
  /** Omit to generate one (whsec_…). */
  secret?: string;
  /** Workspace event types fanned out to it; empty for a target that only gets enqueueWebhookEvent({ endpointId }). */
  events: string[];
  /** Set when another feature owns the target (e.g. `agent-bot:<id>`): admins' mutations leave it alone. */
  managedBy?: string | null;
}

/** A delivery target: the generic (url, secret) endpoint the outbox POSTs to. Input is trusted here. */
export async function createWebhookTarget(deps: Pick<Deps, 'db'>, input: WebhookTargetInput): Promise<WebhookEndpoint> {
  const workspace = await deps.db.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: { lastEventPosition: true } });
  return deps.db.webhookEndpoint.create({
    data: {
      workspaceId: input.workspaceId,
      url: input.url,
      secret: input.secret ?? generateWebhookSecret(),
      events: input.events,
      managedBy: input.managedBy ?? null,
      cursor: workspace.lastEventPosition,
    },
  });
}

export async function createWebhookEndpoint(deps: Pick<Deps, 'db' | 'config'>, principal: Principal | null, input: unknown): Promise<WebhookEndpoint> {
  const caller = requireAdmin(principal);
  const data = parseInput(z.object({ url: webhookUrl, events: webhookEvents }).strict(), input);
  refusePrivateTarget(deps.config.webhooks, data.url, 'url');
  const count = await deps.db.webhookEndpoint.count({ where: { workspaceId: caller.workspaceId, managedBy: null } });
  if (count >= MAX_ENDPOINTS_PER_WORKSPACE) {
    throw new KefuError('CONFLICT', `This workspace has ${count} webhook endpoints; the limit is ${MAX_ENDPOINTS_PER_WORKSPACE}. Delete one, or subscribe one endpoint to more events.`);
  }
  return createWebhookTarget(deps, { workspaceId: caller.workspaceId, ...data });
}

/** The caller's own (admin-managed) endpoint, or NOT_FOUND; a managed one only when `isManagedAllowed`. */
async function findOwnEndpoint(deps: Pick<Deps, 'db'>, principal: Principal | null, id: string, isManagedAllowed = false): Promise<WebhookEndpoint> {
  const caller = requireAdmin(principal);
  const endpoint = await deps.db.webhookEndpoint.findFirst({ where: { id, workspaceId: caller.workspaceId } });
  if (!endpoint) throw new KefuError('NOT_FOUND', 'No webhook endpoint with this id in your workspace; list them with the webhookEndpoints query.');
  if (endpoint.managedBy && !isManagedAllowed) throw new KefuError('FORBIDDEN', `This endpoint belongs to ${endpoint.managedBy}; change it there.`);
  return endpoint;
}

export async function updateWebhookEndpoint(deps: Pick<Deps, 'db' | 'config'>, principal: Principal | null, input: unknown): Promise<WebhookEndpoint> {
  const data = parseInput(z.object({ id: z.string().min(1).max(100), url: webhookUrl.optional(), events: webhookEvents.optional(), enabled: z.boolean().optional() }).strict(), input);
  refusePrivateTarget(deps.config.webhooks, data.url, 'url');
  const endpoint = await findOwnEndpoint(deps, principal, data.id);
  const isEnabling = data.enabled === true && !endpoint.enabled;
  return deps.db.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: {
      url: data.url,
      events: data.events,
      enabled: data.enabled,
      // Enabling again clears the notice and the failure count; pending deliveries resume.
      ...(isEnabling ? { consecutiveFailures: 0, disabledAt: null, disabledReason: null } : {}),
    },
  });
}

export async function rotateWebhookSecret(deps: Pick<Deps, 'db'>, principal: Principal | null, id: string): Promise<WebhookEndpoint> {
  // Managed endpoints too: an agent bot's owner reads its secret (AgentBot.webhookSecret) and has no other way to replace a leaked one.
  const endpoint = await findOwnEndpoint(deps, principal, id, true);
  return deps.db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { secret: generateWebhookSecret() } });
}

export async function deleteWebhookEndpoint(deps: Pick<Deps, 'db'>, principal: Principal | null, id: string): Promise<string> {
  const endpoint = await findOwnEndpoint(deps, principal, id);
  await deps.db.webhookEndpoint.delete({ where: { id: endpoint.id } });
  return endpoint.id;
}
