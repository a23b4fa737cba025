// Where attachment bytes live: a folder under the data dir by default, an S3-compatible bucket when
// configured (attachments.storage). Keys are `<workspaceId>/<attachmentId>[.thumb]`, so they need
// no escaping on disk or in a URL.
export interface StoredFile {
  body: ReadableStream<Uint8Array>;
  sizeBytes: number;
}

export interface FileStore {
  readonly kind: 'local' | 's3';
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file, or null when no file has this key. */
  get(key: string): Promise<StoredFile | null>;
  /** Deletes the file; a missing one is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-]{1,100}\/[A-Za-z0-9_-]{1,100}(\.thumb)?$/;

export function assertFileKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`not a file store key: ${JSON.stringify(key)}`);
}

export function fileKeyOf(attachment: { workspaceId: string; id: string }, variant: 'file' | 'thumb' = 'file'): string {
  return `${attachment.workspaceId}/${attachment.id}${variant === 'thumb' ? '.thumb' : ''}`;
}
