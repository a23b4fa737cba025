import { isStaff } from '../auth/access.ts';
import { builder } from '../graphql/builder.ts';
import { stripNulls } from '../graphql/strip-nulls.ts';
import type { Visitor } from '../storage/models.ts';
import { startVisitorSession } from './start-visitor-session.ts';
import { updateVisitor } from './update-visitor.ts';

const staffOnly = { authScopes: { staff: true }, unauthorizedResolver: () => null } as const;

export const VisitorRef = builder.prismaObject('Visitor', {
  description: 'Someone chatting through the widget, anonymous or identified.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    externalId: t.exposeString('externalId', { nullable: true, description: 'Your own user id, when the site identified the visitor.' }),
    name: t.exposeString('name', { nullable: true, description: 'Name from the pre-chat form or your site.' }),
    // Visitors reach only their own Visitor; BOT keys (not staff) get null.
    email: t.exposeString('email', { nullable: true, description: 'Email from the pre-chat form or your site (staff and the visitor themselves).', authScopes: { staff: true, visitor: true }, unauthorizedResolver: () => null }),
    locale: t.exposeString('locale', { nullable: true, description: 'Preferred language, e.g. zh-CN.' }),
    userAgent: t.exposeString('userAgent', { nullable: true, description: 'Browser user agent (staff only).', ...staffOnly }),
    pageUrl: t.exposeString('pageUrl', { nullable: true, description: 'Page the visitor chats from (staff only).', ...staffOnly }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true, description: 'Extra key/value data from your site (staff only).', ...staffOnly }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'First seen.' }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime', description: 'Last session start.' }),
  }),
});

builder.queryField('visitors', (t) =>
  t.prismaConnection({
    type: 'Visitor',
    cursor: 'id',
    description: 'Visitors of the workspace, most recently seen first (staff).',
    authScopes: { staff: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.deps.db.visitor.findMany({ ...query, where: { workspaceId: ctx.principal!.workspaceId }, orderBy: [{ lastSeenAt: 'desc' }, { id: 'desc' }] }),
  }),
);

builder.queryField('visitor', (t) =>
  t.prismaField({
    type: 'Visitor',
    nullable: true,
    description: 'One visitor of the workspace (staff), or yourself (visitors).',
    args: { id: t.arg.id({ required: true, description: 'Visitor id.' }) },
    authScopes: { signedIn: true },
    resolve: (query, _root, { id }, ctx) => {
      const p = ctx.principal!;
      if (!isStaff(p) && p.id !== String(id)) return null;
      return ctx.deps.db.visitor.findFirst({ ...query, where: { id: String(id), workspaceId: p.workspaceId } });
    },
  }),
);


const StartVisitorSessionInput = builder.inputType('StartVisitorSessionInput', {
  description: 'Input of startVisitorSession.',
  fields: (t) => ({
    widgetKey: t.string({ required: true, description: 'The workspace’s public widget key.' }),
    visitorToken: t.string({ description: 'Token from an earlier session, to continue as the same visitor.' }),
    externalId: t.string({ description: 'Your own user id for a signed-in user of your site; linked to that visitor only with a valid identityHash.' }),
    identityHash: t.string({ description: 'Hex HMAC-SHA256 of externalId with the workspace identity secret, computed by your server. Without it externalId is ignored.' }),
    name: t.string({ description: 'Visitor name.' }),
    email: t.string({ description: 'Visitor email.' }),
    locale: t.string({ description: 'BCP 47 language tag, e.g. zh-CN.' }),
    pageUrl: t.string({ description: 'Current page URL.' }),
    userAgent: t.string({ description: 'Browser user agent.' }),
    metadata: t.field({ type: 'JSON', description: 'Up to 50 string/number/boolean values.' }),
  }),
});

const VisitorSessionPayload = builder.objectRef<{ visitor: Visitor; token: string; identityVerified: boolean }>('StartVisitorSessionPayload').implement({
  description: 'Result of startVisitorSession.',
  fields: (t) => ({
    visitor: t.field({ type: VisitorRef, description: 'The visitor.', resolve: (p) => p.visitor }),
    identityVerified: t.exposeBoolean('identityVerified', { description: 'True when externalId came with a valid identityHash and the session is that user’s; false for an anonymous session.' }),
    token: t.exposeString('token', { description: 'Visitor token; keep it (e.g. localStorage) to continue later.' }),
  }),
});

builder.mutationField('startVisitorSession', (t) =>
  t.field({
    type: VisitorSessionPayload,
    description: 'Starts or continues a visitor session from the widget. Needs no token.',
    args: { input: t.arg({ type: StartVisitorSessionInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await ctx.deps.limiter.take('visitorSessions', ctx.clientIp);
      return startVisitorSession(ctx.deps, stripNulls(input));
    },
  }),
);

const UpdateVisitorInput = builder.inputType('UpdateVisitorInput', {
  description: 'Input of updateVisitor. Omitted fields keep their value.',
  fields: (t) => ({
    visitorId: t.id({ description: 'Visitor to update (staff); visitors omit it to update themselves.' }),
    name: t.string({ description: 'Visitor name.' }),
    email: t.string({ description: 'Visitor email.' }),
    locale: t.string({ description: 'BCP 47 language tag.' }),
    pageUrl: t.string({ description: 'Current page URL.' }),
    userAgent: t.string({ description: 'Browser user agent.' }),
    metadata: t.field({ type: 'JSON', description: 'Replaces the metadata.' }),
  }),
});

const UpdateVisitorPayload = builder.objectRef<{ visitor: Visitor }>('UpdateVisitorPayload').implement({
  description: 'Result of updateVisitor.',
  fields: (t) => ({ visitor: t.field({ type: VisitorRef, description: 'The updated visitor.', resolve: (p) => p.visitor }) }),
});

builder.mutationField('updateVisitor', (t) =>
  t.field({
    type: UpdateVisitorPayload,
    description: 'Updates a visitor profile, e.g. from the pre-chat form.',
    args: { input: t.arg({ type: UpdateVisitorInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ visitor: await updateVisitor(ctx.deps, ctx.principal, stripNulls(input)) }),
  }),
);
