import { builder } from '../graphql/builder.ts';
import { readIdentitySecret, rotateIdentitySecret } from './identity-verification.ts';

builder.queryField('identitySecret', (t) =>
  t.string({
    description: 'The workspace’s visitor identity secret (admins). Keep it on your server: it signs externalId as identityHash for startVisitorSession.',
    authScopes: { admin: true },
    resolve: (_root, _args, ctx) => readIdentitySecret(ctx.deps, ctx.principal),
  }),
);

const RotateIdentitySecretPayload = builder.objectRef<{ identitySecret: string }>('RotateIdentitySecretPayload').implement({
  description: 'Result of rotateIdentitySecret.',
  fields: (t) => ({ identitySecret: t.exposeString('identitySecret', { description: 'The new secret; hashes made with the old one no longer link visitors.' }) }),
});

builder.mutationField('rotateIdentitySecret', (t) =>
  t.field({
    type: RotateIdentitySecretPayload,
    description: 'Replaces the visitor identity secret (admins), e.g. after it leaked.',
    resolve: async (_root, _args, ctx) => ({ identitySecret: await rotateIdentitySecret(ctx.deps, ctx.principal) }),
  }),
);
