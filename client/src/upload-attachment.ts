// Files over the GraphQL multipart request spec: `operations` (the UploadAttachment document and
// variables with the file as null), `map` (which variable the part fills) and the file part. The
// x-graphql-yoga-csrf header tells the server a page script sent it, not a cross-site form.
import type { AuthProvider } from './auth-provider.ts';
import { UploadAttachmentDocument, type AttachmentFieldsFragment } from './generated/graphql.ts';
import { KefuClientError, toKefuClientError, type GraphQLErrorJson } from './kefu-client-error.ts';
import { toOperationPayload, type DocumentSendMode } from './operation-payload.ts';

export type Attachment = AttachmentFieldsFragment;

export function createAttachmentUploader(deps: { url: string; auth: AuthProvider; fetch: typeof fetch; documentMode: DocumentSendMode }) {
  const post = async (conversationId: string, file: Blob, fileName: string, token: string | null) => {
    const form = new FormData();
    form.set('operations', JSON.stringify(toOperationPayload(UploadAttachmentDocument, { input: { conversationId, file: null } }, deps.documentMode)));
    form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.set('0', file, fileName);
    try {
      const response = await deps.fetch(deps.url, { method: 'POST', body: form, headers: { 'x-graphql-yoga-csrf': '1', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
      return (await response.json()) as { data?: { uploadAttachment: { attachment: Attachment } }; errors?: GraphQLErrorJson[] };
    } catch (cause) {
      throw new KefuClientError('NETWORK_ERROR', `Could not upload to ${deps.url}: ${cause instanceof Error ? cause.message : String(cause)}. Check the network and try again.`, { cause });
    }
  };
  /** Uploads one file to a conversation; send it with sendMessage({ attachmentIds: [attachment.id] }). */
  return async (conversationId: string, file: Blob, fileName = (file as File).name ?? 'file'): Promise<Attachment> => {
    let result = await post(conversationId, file, fileName, await deps.auth({ isRejected: false }));
    if (result.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') result = await post(conversationId, file, fileName, await deps.auth({ isRejected: true }));
    if (result.errors?.length) throw toKefuClientError(result.errors);
    return result.data!.uploadAttachment.attachment;
  };
}

/** An attachment's url or thumbnailUrl (a path on the server) as an absolute URL next to the GraphQL endpoint. */
export function resolveAttachmentUrl(graphqlUrl: string, path: string): string {
  return new URL(path, graphqlUrl).toString();
}
