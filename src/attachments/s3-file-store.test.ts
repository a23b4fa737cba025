// The S3 store against s3rver, a local server that speaks the S3 REST protocol, through the app.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceFixture, startVisitorConversation } from '../testing/fixtures.ts';
import { gqlData } from '../testing/graphql-client.ts';
import { freePort } from '../testing/free-port.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { downloadUrl, uploadFile } from '../testing/upload-file.ts';
import { createS3FileStore } from './s3-file-store.ts';

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { attachments { url } } } }`;
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('attachments in S3-compatible storage', () => {
  let server: { close(): Promise<void> };
  let s3Dir: string;
  let endpoint: string;
  let t: TestApp;
  const s3 = { region: 'us-east-1', bucket: 'kefu-files', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true };

  beforeAll(async () => {
    s3Dir = mkdtempSync(join(tmpdir(), 'kefu-s3-'));
    const port = await freePort();
    const instance = new S3rver({ port, address: '127.0.0.1', silent: true, directory: s3Dir, configureBuckets: [{ name: s3.bucket, configs: [] }] });
    await instance.run();
    server = { close: () => instance.close() };
    endpoint = `http://127.0.0.1:${port}`;
    t = await startTestApp({ config: { attachments: { storage: 's3', s3: { ...s3, endpoint } } } });
  });
  afterAll(async () => {
    await t?.close();
    await server?.close();
    rmSync(s3Dir, { recursive: true, force: true });
  });

  it('stores an upload in the bucket and serves it back through a signed URL', async () => {
    const ws = await createWorkspaceFixture(t.url);
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    const uploaded = (await uploadFile(t.url, visitor.conversationId, PDF, 'receipt.pdf', { token: visitor.visitorToken })).data!.uploadAttachment.attachment;
    const sent = await gqlData(t.url, SEND, { input: { conversationId: visitor.conversationId, clientMessageId: randomUUID(), attachmentIds: [uploaded.id] } }, visitor.visitorToken);

    const inBucket = await fetch(`${endpoint}/${s3.bucket}/${ws.workspaceId}/${uploaded.id}`);
    expect(inBucket.status).toBe(200);
    expect(new Uint8Array(await inBucket.arrayBuffer())).toEqual(PDF);

    const download = await fetch(downloadUrl(t.url, sent.sendMessage.message.attachments[0].url));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
  });

  it('gets null for a missing key, deletes idempotently, and names the bucket when it is missing', async () => {
    const store = createS3FileStore({ ...s3, endpoint });
    await store.put('w1/f1', PDF, 'application/pdf');
    expect((await store.get('w1/f1'))?.sizeBytes).toBe(PDF.length);
    await store.delete('w1/f1');
    await store.delete('w1/f1');
    expect(await store.get('w1/f1')).toBeNull();
    const missing = createS3FileStore({ ...s3, endpoint, bucket: 'no-such-bucket' });
    await expect(missing.put('w1/f1', PDF, 'application/pdf')).rejects.toThrow(/bucket no-such-bucket failed: HTTP 404 NoSuchBucket/);
  });
});
