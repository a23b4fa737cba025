// The Pothos builder and its plugins. Defines no types: those live beside their domains in
// *.schema.ts files, imported by graphql/schema.ts.
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { canServe, isAdmin, isStaff } from '../auth/access.ts';
import { KefuError } from '../errors.ts';
import type PrismaTypes from '../storage/generated/pothos-types.ts';
import { getDatamodel } from '../storage/generated/pothos-types.ts';
import type { GraphQLContext } from './context.ts';

export const MAX_PAGE_SIZE = 100;

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: { signedIn: boolean; staff: boolean; serve: boolean; admin: boolean; visitor: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    // A multipart part as Yoga hands it over (a web File).
    File: { Input: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }; Output: never };
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      signedIn: ctx.principal !== null,
      // The tiers of src/auth/access.ts: staff (agents, ADMIN keys), serve (staff and BOT keys).
      staff: isStaff(ctx.principal),
      serve: canServe(ctx.principal),
      admin: isAdmin(ctx.principal),
      visitor: ctx.principal?.kind === 'visitor',
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.principal
        ? new KefuError('FORBIDDEN', 'Your role may not use this field; ask a workspace admin.')
        : new KefuError('UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <token>.'),
  },
  prisma: {
    client: (ctx) => ctx.deps.db,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: 20,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});
