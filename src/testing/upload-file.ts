// A GraphQL multipart request (the spec Yoga implements) carrying one file to uploadAttachment.
import type { GraphQLResponse } from './graphql-client.ts';

export const UPLOAD_ATTACHMENT = `mutation($input: UploadAttachmentInput!) {
  uploadAttachment(input: $input) { attachment { id fileName mimeType sizeBytes width height isImage url thumbnailUrl } }
}`;

export interface UploadOptions {
  token?: string;
  /** Leave out the CSRF header, as a cross-site form would. */
  hasCsrfHeader?: boolean;
  type?: string;
}

export async function uploadFile(url: string, conversationId: string, bytes: Uint8Array, fileName: string, options: UploadOptions = {}): Promise<GraphQLResponse & { status: number }> {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: UPLOAD_ATTACHMENT, variables: { input: { conversationId, file: null } } }));
  form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.set('0', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: options.type ?? 'application/octet-stream' }), fileName);
  const response = await fetch(url, {
    method: 'POST',
    body: form,
    headers: { ...(options.hasCsrfHeader === false ? {} : { 'x-graphql-yoga-csrf': '1' }), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse) };
}

/** The absolute URL of a download path the API returned. */
export function downloadUrl(graphqlUrl: string, path: string): string {
  return new URL(path, graphqlUrl).toString();
}
