import { builder } from '../graphql/builder.ts';
import { MessageRef } from '../conversation-log/message.schema.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { signDownloadPath } from './attachment-urls.ts';
import { attachmentsOf, type AttachmentSummary } from './claim-attachments.ts';
import { uploadAttachment } from './upload-attachment.ts';

const signed = (ctx: GraphQLContext, id: string, variant: 'file' | 'thumb') => signDownloadPath(ctx.deps.secret, id, variant, ctx.deps.config.attachments.urlTtlSeconds);

export const AttachmentRef = builder.objectRef<AttachmentSummary>('Attachment').implement({
  description: 'A file sent with a message (or uploaded and not sent yet).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id; pass it in sendMessage(attachmentIds).' }),
    fileName: t.exposeString('fileName', { description: 'Name given by the uploader, without any folder.' }),
    mimeType: t.exposeString('mimeType', { description: 'Type read from the file’s bytes (not the name or the browser’s word).' }),
    sizeBytes: t.exposeInt('sizeBytes', { description: 'Size in bytes.' }),
    width: t.exposeInt('width', { nullable: true, description: 'Image width in pixels; null for other files.' }),
    height: t.exposeInt('height', { nullable: true, description: 'Image height in pixels; null for other files.' }),
    isImage: t.boolean({ description: 'An image clients may show inline.', resolve: (a) => a.mimeType.startsWith('image/') }),
    url: t.string({
      description: 'Signed download path, relative to the server’s origin; it expires after attachments.urlTtlSeconds (a new query or event gives a fresh one).',
      resolve: (a, _args, ctx) => signed(ctx, a.id, 'file'),
    }),
    thumbnailUrl: t.string({
      nullable: true,
      description: 'Signed path of a thumbnail at most 320 px wide and high; null when there is none (show the file scaled down).',
      resolve: (a, _args, ctx) => (a.hasThumbnail ? signed(ctx, a.id, 'thumb') : null),
    }),
  }),
});

builder.objectField(MessageRef, 'attachments', (t) =>
  t.field({ type: [AttachmentRef], description: 'Files the message carries, in the order sent.', resolve: (message) => attachmentsOf(message) }),
);

const UploadAttachmentInput = builder.inputType('UploadAttachmentInput', {
  description: 'Input of uploadAttachment.',
  fields: (t) => ({
    conversationId: t.id({ required: true, description: 'Conversation the file is for.' }),
    file: t.field({ type: 'File', required: true, description: 'The file, as a multipart part (attachments.maxBytes, attachments.allowedTypes).' }),
  }),
});

const UploadAttachmentPayload = builder.objectRef<{ attachment: AttachmentSummary }>('UploadAttachmentPayload').implement({
  description: 'Result of uploadAttachment.',
  fields: (t) => ({ attachment: t.field({ type: AttachmentRef, description: 'The stored file; send it with sendMessage(attachmentIds).', resolve: (p) => p.attachment }) }),
});

builder.mutationField('uploadAttachment', (t) =>
  t.field({
    type: UploadAttachmentPayload,
    description:
      'Uploads a file over HTTP as a multipart request (GraphQL multipart request spec, with an x-graphql-yoga-csrf header). It is sent when a sendMessage names it; files never sent are deleted after attachments.orphanTtlSeconds.',
    args: { input: t.arg({ type: UploadAttachmentInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ attachment: await uploadAttachment(ctx.deps, ctx.principal, { conversationId: String(input.conversationId), file: input.file }) }),
  }),
);
