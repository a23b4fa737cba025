// One attempt of one claimed delivery: sign, POST, record. 2xx is delivered; anything else (a
// status, a timeout, a refused connection, a private address, a redirect) is a failed attempt, retried after an
// exponential delay with jitter until maxAttempts, and counted against the endpoint, which is
// disabled with a notice after disableAfterFailures in a row.
import type { Deps } from '../deps.ts';
import type { WebhookDelivery, WebhookEndpoint } from '../storage/models.ts';
import { PrivateAddressError } from './private-network-guard.ts';
import { sendWebhookRequest } from './send-webhook-request.ts';
import { signWebhook, WEBHOOK_HEADERS } from './webhook-signature.ts';

export interface AttemptResult {
  isDelivered: boolean;
  statusCode: number | null;
  error: string | null;
}

/** Delay before attempt n+1: base·2^(n-1), capped, then "equal jitter" (half fixed, half random). */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

async function post(url: string, secret: string, delivery: WebhookDelivery, settings: Deps['config']['webhooks']): Promise<AttemptResult> {
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const status = await sendWebhookRequest({
      url,
      timeoutMs: settings.timeoutMs,
      allowPrivateNetworks: settings.allowPrivateNetworks,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Kefu-Webhooks/1',
        [WEBHOOK_HEADERS.id]: delivery.eventId,
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: signWebhook(secret, timestamp, delivery.body),
        [WEBHOOK_HEADERS.event]: delivery.eventType,
        [WEBHOOK_HEADERS.delivery]: delivery.id,
        [WEBHOOK_HEADERS.attempt]: String(delivery.attempts),
      },
      body: delivery.body,
    });
    const isDelivered = status >= 200 && status < 300;
    return { isDelivered, statusCode: status, error: isDelivered ? null : `The receiver answered HTTP ${status}; answer 2xx once the event is stored.` };
  } catch (error) {
    return { isDelivered: false, statusCode: null, error: describeFailure(error as Error & { code?: string }, settings.timeoutMs) };
  }
}

function describeFailure(error: Error & { code?: string }, timeoutMs: number): string {
  if (error instanceof PrivateAddressError) return error.message;
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return `No answer within ${timeoutMs} ms.`;
  return `Could not connect${error.code ? ` (${error.code})` : ''}: ${error.message}.`;
}

export async function deliverWebhook(deps: Pick<Deps, 'db' | 'config' | 'log'>, delivery: WebhookDelivery, owner: string): Promise<AttemptResult> {
  const settings = deps.config.webhooks;
  const endpoint = await deps.db.webhookEndpoint.findUnique({ where: { id: delivery.endpointId } });
  if (!endpoint) return { isDelivered: false, statusCode: null, error: 'endpoint deleted' };
  const result = await post(endpoint.url, endpoint.secret, delivery, settings);
  const now = new Date();
  const isLastAttempt = delivery.attempts >= settings.maxAttempts;
  // Guarded by the lease: a process whose lease ran out does not overwrite the new owner's record.
  await deps.db.webhookDelivery.updateMany({
    where: { id: delivery.id, leaseOwner: owner },
    data: {
      status: result.isDelivered ? 'DELIVERED' : isLastAttempt ? 'FAILED' : 'PENDING',
      deliveredAt: result.isDelivered ? now : undefined,
      nextAttemptAt: result.isDelivered || isLastAttempt ? undefined : new Date(now.getTime() + retryDelayMs(delivery.attempts, settings.retryBaseMs, settings.retryMaxMs)),
      lastStatusCode: result.statusCode,
      lastError: result.error,
      leaseOwner: null,
      leaseUntil: null,
    },
  });
  await recordEndpointHealth(deps, endpoint, result);
  deps.log.debug({ deliveryId: delivery.id, endpointId: endpoint.id, attempt: delivery.attempts, statusCode: result.statusCode, isDelivered: result.isDelivered }, 'webhook attempt');
  return result;
}

async function recordEndpointHealth(deps: Pick<Deps, 'db' | 'config' | 'log'>, { id: endpointId, managedBy }: Pick<WebhookEndpoint, 'id' | 'managedBy'>, result: AttemptResult): Promise<void> {
  if (result.isDelivered) {
    await deps.db.webhookEndpoint.updateMany({ where: { id: endpointId, consecutiveFailures: { gt: 0 } }, data: { consecutiveFailures: 0 } });
    return;
  }
  const limit = deps.config.webhooks.disableAfterFailures;
  await deps.db.webhookEndpoint.update({ where: { id: endpointId }, data: { consecutiveFailures: { increment: 1 } } });
  // A managed endpoint (an agent bot's) refuses updateWebhookEndpoint: it is enabled again through its owner.
  const enableAgain = managedBy?.startsWith('agent-bot:') ? 'isEnabled: true with updateAgentBot' : 'enabled: true with updateWebhookEndpoint';
  const reason = `Disabled after ${limit} failed attempts in a row (last: ${result.error}) Fix the receiver, then set ${enableAgain}; pending deliveries resume.`;
  const { count } = await deps.db.webhookEndpoint.updateMany({
    where: { id: endpointId, enabled: true, consecutiveFailures: { gte: limit } },
    data: { enabled: false, disabledAt: new Date(), disabledReason: reason },
  });
  if (count === 1) deps.log.warn({ endpointId, failures: limit }, 'webhook endpoint disabled');
}
