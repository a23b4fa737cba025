import { z } from 'zod';
import { issueToken, verifyToken } from '../auth/tokens.ts';
import type { Deps } from '../deps.ts';
import { KefuError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { recordWorkspaceEvent } from '../workspace-events/record-workspace-event.ts';
import { isIdentityHashValid } from './identity-verification.ts';

export function visitorProfileFields(textMaxLength: number) {
  const text = z.string().trim().max(textMaxLength);
  return {
    name: text.min(1).optional(),
    email: z.string().trim().email('Enter a valid email address').max(254).optional(),
    locale: z.string().trim().regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, 'Use a BCP 47 tag such as zh-CN or en').optional(),
    pageUrl: z.string().trim().max(2048).optional(),
    userAgent: z.string().trim().max(1024).optional(),
    metadata: z
      .record(z.string().max(100), z.union([z.string().max(textMaxLength), z.number(), z.boolean(), z.null()]))
      .refine((m) => Object.keys(m).length <= 50, 'At most 50 metadata keys')
      .optional(),
  };
}

/**
 * A visitor opens the widget: the workspace's public widget key identifies the workspace; an
 * earlier visitor token (from the browser's storage) resumes the same visitor. An externalId is
 * linked to (and may update) the visitor with that id only with a valid identityHash; a wrong hash
 * is refused, and without one the externalId is ignored and the session is anonymous
 * (identityVerified: false), so widgets that do not send hashes yet keep working and learn nothing.
 */
export async function startVisitorSession(deps: Pick<Deps, 'db' | 'config' | 'secret' | 'sql' | 'bus' | 'log'>, input: unknown) {
  const data = parseInput(
    z.object({
      widgetKey: z.string().min(1).max(100),
      visitorToken: z.string().max(2000).optional(),
      externalId: z.string().trim().min(1).max(200).optional(),
      identityHash: z.string().trim().max(200).optional(),
      ...visitorProfileFields(deps.config.limits.textMaxLength),
    }),
    input,
  );
  const workspace = await deps.db.workspace.findUnique({ where: { widgetKey: data.widgetKey }, select: { id: true, identitySecret: true } });
  if (!workspace) throw new KefuError('NOT_FOUND', 'No workspace has this widget key; copy it again from the workspace settings.');
  const { widgetKey: _key, visitorToken, externalId: claimedId, identityHash, ...profile } = data;
  if (identityHash !== undefined && claimedId === undefined) throw new KefuError('BAD_USER_INPUT', 'Pass externalId with identityHash: the hash proves that id.');
  if (claimedId !== undefined && identityHash !== undefined && !isIdentityHashValid(workspace.identitySecret, claimedId, identityHash)) {
    throw new KefuError('VISITOR_IDENTITY_INVALID', 'identityHash does not match externalId: compute it on your server as hex HMAC-SHA256(identity secret, externalId) (README "Visitor identity verification").');
  }
  const externalId = identityHash !== undefined ? claimedId : undefined;
  const previous = visitorToken ? verifyToken(deps.secret, visitorToken) : null;
  const knownId = previous?.kind === 'v' && previous.ws === workspace.id ? previous.sub : undefined;
  const now = new Date();
  const visitor = externalId
    ? await deps.db.visitor.upsert({
        where: { workspaceId_externalId: { workspaceId: workspace.id, externalId } },
        create: { workspaceId: workspace.id, externalId, ...profile },
        update: { ...profile, lastSeenAt: now },
      })
    : knownId && (await deps.db.visitor.count({ where: { id: knownId } }))
      ? await deps.db.visitor.update({ where: { id: knownId }, data: { ...profile, lastSeenAt: now } })
      : await deps.db.visitor.create({ data: { workspaceId: workspace.id, ...profile } });
  if (externalId) await recordWorkspaceEvent(deps, { workspaceId: workspace.id, type: 'visitor.identified', visitorId: visitor.id, data: { externalId } });
  const token = issueToken(deps.secret, { kind: 'v', sub: visitor.id, ws: workspace.id }, deps.config.auth.visitorTokenTtlSeconds);
  return { visitor, token, identityVerified: externalId !== undefined };
}
