import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Jimp } from 'jimp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorkspaceFixture, startVisitorConversation, type WorkspaceFixture } from '../testing/fixtures.ts';
import { gql, gqlData } from '../testing/graphql-client.ts';
import { describeEachStorage } from '../testing/services.ts';
import { startTestApp, type TestApp } from '../testing/start-test-app.ts';
import { downloadUrl, uploadFile } from '../testing/upload-file.ts';
import { sweepOrphanAttachments } from './sweep-orphan-attachments.ts';

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id body attachments { id fileName mimeType isImage url thumbnailUrl } } } }`;
const HISTORY = `query($id: ID!) { conversation(id: $id) { messages(first: 50) { edges { node { seq body attachments { id fileName url } } } } } }`;
const SEARCH = `query($q: String!) { searchMessages(query: $q) { id attachments { fileName } } }`;

async function makePng(width: number, height: number): Promise<Uint8Array> {
  const image = new Jimp({ width, height, color: 0x3366ccff });
  return new Uint8Array(await image.getBuffer('image/png'));
}

const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(56).fill(0)]);
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describeEachStorage('attachments', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  let png: Uint8Array;

  beforeAll(async () => {
    t = await startTestApp({ provider, config: { attachments: { maxBytes: 200_000 } } });
    ws = await createWorkspaceFixture(t.url);
    png = await makePng(800, 400);
  });
  afterAll(() => t?.close());

  it('sends an image with no text, shows it in history and search, and serves it and its thumbnail', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    const uploaded = await uploadFile(t.url, visitor.conversationId, png, 'C:\\photos\\broken box.png', { token: visitor.visitorToken, type: 'text/plain' });
    expect(uploaded.errors).toBeUndefined();
    const attachment = uploaded.data!.uploadAttachment.attachment;
    expect(attachment).toMatchObject({ fileName: 'broken box.png', mimeType: 'image/png', sizeBytes: png.length, width: 800, height: 400, isImage: true });

    const sent = await gqlData(t.url, SEND, { input: { conversationId: visitor.conversationId, clientMessageId: randomUUID(), attachmentIds: [attachment.id] } }, visitor.visitorToken);
    expect(sent.sendMessage.message.body).toBe('');
    expect(sent.sendMessage.message.attachments).toMatchObject([{ id: attachment.id, fileName: 'broken box.png', isImage: true }]);

    const history = await gqlData(t.url, HISTORY, { id: visitor.conversationId }, ws.ownerToken);
    const withFile = history.conversation.messages.edges.map((e: any) => e.node).find((m: any) => m.attachments.length > 0);
    expect(withFile.attachments[0].id).toBe(attachment.id);

    const found = await gqlData(t.url, SEARCH, { q: 'broken' }, ws.ownerToken);
    expect(found.searchMessages.map((m: any) => m.attachments[0]?.fileName)).toContain('broken box.png');

    const file = await fetch(downloadUrl(t.url, withFile.attachments[0].url));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(png);

    const thumb = await fetch(downloadUrl(t.url, sent.sendMessage.message.attachments[0].thumbnailUrl));
    expect(thumb.status).toBe(200);
    const thumbnail = await Jimp.fromBuffer(Buffer.from(await thumb.arrayBuffer()));
    expect([thumbnail.width, thumbnail.height]).toEqual([320, 160]);
  });

  it('shortens a long file name without cutting a character in two', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    // 1 + 2 × 150 UTF-16 units: a cut at 200 units falls inside an emoji.
    const uploaded = await uploadFile(t.url, visitor.conversationId, PDF, `a${'😀'.repeat(150)}.pdf`, { token: visitor.visitorToken });
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data!.uploadAttachment.attachment.fileName).toBe(`a${'😀'.repeat(99)}`);
  });

  it('drops bidirectional controls from a file name, so it shows what it is', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    const uploaded = await uploadFile(t.url, visitor.conversationId, PDF, 'invoice\u202Efdp.exe\u2066\u200F', { token: visitor.visitorToken });
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data!.uploadAttachment.attachment.fileName).toBe('invoicefdp.exe');
  });

  it('refuses a file over attachments.maxBytes and a type read from the bytes that is not allowed', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    const big = await uploadFile(t.url, visitor.conversationId, new Uint8Array(200_001).fill(65), 'big.txt', { token: visitor.visitorToken });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', maxBytes: 200_000 });
    expect(big.errors?.[0]?.message).toBe('The file is 200001 bytes, over the limit of 200000 bytes (attachments.maxBytes).');
    // Far larger: refused by its Content-Length before the server reads it, with the same code and limit.
    const huge = await uploadFile(t.url, visitor.conversationId, new Uint8Array(3_000_000).fill(65), 'huge.txt', { token: visitor.visitorToken });
    expect(huge.status).toBe(413);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', maxBytes: 200_000 });
    expect(huge.errors?.[0]?.message).toMatch(/^The upload is 2\.9 MB; a file may be at most 195\.3 KB \(attachments\.maxBytes\)\.$/);

    const disguised = await uploadFile(t.url, visitor.conversationId, ELF, 'cat.png', { token: visitor.visitorToken, type: 'image/png' });
    expect(disguised.errors?.[0]?.extensions).toMatchObject({ code: 'ATTACHMENT_TYPE_NOT_ALLOWED', mimeType: 'application/x-elf' });

    const pdf = await uploadFile(t.url, visitor.conversationId, PDF, 'invoice.pdf', { token: visitor.visitorToken });
    expect(pdf.data?.uploadAttachment.attachment).toMatchObject({ mimeType: 'application/pdf', isImage: false, thumbnailUrl: null });
    const download = await fetch(downloadUrl(t.url, pdf.data!.uploadAttachment.attachment.url));
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''invoice\.pdf$/);
  });

  it('stores an image whose bytes do not decode, without a thumbnail', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    // The header (and so the size) reads; the pixel data is cut off.
    const truncated = png.slice(0, 100);
    const uploaded = await uploadFile(t.url, visitor.conversationId, truncated, 'cut.png', { token: visitor.visitorToken });
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data?.uploadAttachment.attachment).toMatchObject({ mimeType: 'image/png', width: 800, height: 400, isImage: true, thumbnailUrl: null });
  });

  it('answers other requests while it makes a thumbnail', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    // 50 KB that take about a second of CPU to decode and scale.
    const large = await makePng(4000, 3000);
    let isUploading = true;
    const upload = uploadFile(t.url, visitor.conversationId, large, 'large.png', { token: visitor.visitorToken }).finally(() => (isUploading = false));
    let answeredMeanwhile = 0;
    while (isUploading) {
      await fetch(new URL('/health', t.url));
      if (isUploading) answeredMeanwhile++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const uploaded = await upload;
    expect(uploaded.data?.uploadAttachment.attachment).toMatchObject({ width: 4000, height: 3000, thumbnailUrl: expect.any(String) });
    // On the event loop the decoding let one or two through; in its thread, dozens.
    expect(answeredMeanwhile).toBeGreaterThanOrEqual(10);
  });

  it('refuses a multipart upload without the CSRF header', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    const refused = await uploadFile(t.url, visitor.conversationId, PDF, 'a.pdf', { token: visitor.visitorToken, hasCsrfHeader: false });
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CSRF_HEADER_MISSING');
  });

  it('keeps files to their conversation and workspace', async () => {
    const owner = await startVisitorConversation(t.url, ws.widgetKey);
    const other = await startVisitorConversation(t.url, ws.widgetKey);
    const foreign = await createWorkspaceFixture(t.url, 'Other Co');

    const intoOthers = await uploadFile(t.url, owner.conversationId, PDF, 'x.pdf', { token: other.visitorToken });
    expect(intoOthers.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byForeignStaff = await uploadFile(t.url, owner.conversationId, PDF, 'x.pdf', { token: foreign.ownerToken });
    expect(byForeignStaff.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const mine = (await uploadFile(t.url, owner.conversationId, PDF, 'mine.pdf', { token: owner.visitorToken })).data!.uploadAttachment.attachment;
    // Another visitor cannot send my upload, neither into my conversation nor into theirs.
    const stolen = await gql(t.url, SEND, { input: { conversationId: other.conversationId, clientMessageId: randomUUID(), attachmentIds: [mine.id] } }, other.visitorToken);
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const history = await gql(t.url, HISTORY, { id: owner.conversationId }, foreign.ownerToken);
    expect(history.data?.conversation).toBeNull();

    // The URL is the credential: a changed id, variant or expiry breaks the signature.
    const url = new URL(downloadUrl(t.url, mine.url));
    expect((await fetch(url)).status).toBe(200);
    const forged = new URL(url);
    forged.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 60));
    expect((await fetch(forged)).status).toBe(403);
    const otherId = new URL(url);
    otherId.pathname = '/attachments/c0000000000000000000000';
    expect((await fetch(otherId)).status).toBe(403);
    // Not an id at all, a malformed escape included: 404, not a file-store error.
    for (const path of ['/attachments/%ZZ', '/attachments/%E0%A4%A', '/attachments/a%2Fb']) {
      const response = await fetch(new URL(`${path}${url.search}`, t.url));
      expect(response.status, path).toBe(404);
    }

    // Sent once, an upload cannot be sent again.
    await gqlData(t.url, SEND, { input: { conversationId: owner.conversationId, body: 'here', clientMessageId: randomUUID(), attachmentIds: [mine.id] } }, owner.visitorToken);
    const again = await gql(t.url, SEND, { input: { conversationId: owner.conversationId, clientMessageId: randomUUID(), attachmentIds: [mine.id] } }, owner.visitorToken);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an empty message and a file sent over JSON', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    const empty = await gql(t.url, SEND, { input: { conversationId: visitor.conversationId, clientMessageId: randomUUID() } }, visitor.visitorToken);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const json = await gql(t.url, `mutation($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { attachment { id } } }`, { input: { conversationId: visitor.conversationId, file: 'aGVsbG8=' } }, visitor.visitorToken);
    expect(json.errors?.[0]?.message).toMatch(/multipart/);
  });

  it('deletes uploads never sent after attachments.orphanTtlSeconds, and keeps sent ones', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    const kept = (await uploadFile(t.url, visitor.conversationId, png, 'kept.png', { token: visitor.visitorToken })).data!.uploadAttachment.attachment;
    const orphan = (await uploadFile(t.url, visitor.conversationId, png, 'orphan.png', { token: visitor.visitorToken })).data!.uploadAttachment.attachment;
    await gqlData(t.url, SEND, { input: { conversationId: visitor.conversationId, clientMessageId: randomUUID(), attachmentIds: [kept.id] } }, visitor.visitorToken);
    const dir = join(t.app.deps.config.dataDir, 'attachments', ws.workspaceId);
    expect(existsSync(join(dir, `${orphan.id}.thumb`))).toBe(true);

    expect(await sweepOrphanAttachments(t.app.deps)).toBe(0);
    const later = new Date(Date.now() + t.app.deps.config.attachments.orphanTtlSeconds * 1000 + 1000);
    expect(await sweepOrphanAttachments(t.app.deps, later)).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(dir, orphan.id))).toBe(false);
    expect(existsSync(join(dir, `${orphan.id}.thumb`))).toBe(false);
    expect(existsSync(join(dir, kept.id))).toBe(true);
    expect((await fetch(downloadUrl(t.url, orphan.url))).status).toBe(404);
    expect((await fetch(downloadUrl(t.url, kept.url))).status).toBe(200);
  });

  it('leaves nothing the orphan sweep cannot find when the process stops while storing an upload', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    const dir = join(t.app.deps.config.dataDir, 'attachments', ws.workspaceId);
    const before = new Set(existsSync(dir) ? readdirSync(dir) : []);
    const files = t.app.deps.files;
    const put = files.put;
    // The thumbnail's write fails as if the process were killed between the two files.
    files.put = async (key, bytes, mimeType) => {
      if (key.endsWith('.thumb')) throw new Error('killed');
      return put.call(files, key, bytes, mimeType);
    };
    try {
      const uploaded = await uploadFile(t.url, visitor.conversationId, png, 'cut-short.png', { token: visitor.visitorToken });
      expect(uploaded.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      files.put = put;
    }
    const later = new Date(Date.now() + t.app.deps.config.attachments.orphanTtlSeconds * 1000 + 1000);
    await sweepOrphanAttachments(t.app.deps, later);
    expect(readdirSync(dir).filter((name) => !before.has(name))).toEqual([]);
  });
});

// Yoga caps request bodies at 25 MB by default; Kefu's own limits (transport/http.ts) decide instead.
describeEachStorage('attachments above 25 MB when attachments.maxBytes allows them', (provider) => {
  let t: TestApp;
  let ws: WorkspaceFixture;
  beforeAll(async () => {
    t = await startTestApp({ provider, config: { attachments: { maxBytes: 40_000_000 } } });
    ws = await createWorkspaceFixture(t.url);
  });
  afterAll(() => t?.close());

  it('stores a 27 MB file', async () => {
    const visitor = await startVisitorConversation(t.url, ws.widgetKey);
    const uploaded = await uploadFile(t.url, visitor.conversationId, new Uint8Array(27_000_000).fill(65), 'big.txt', { token: visitor.visitorToken });
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data?.uploadAttachment.attachment).toMatchObject({ fileName: 'big.txt', sizeBytes: 27_000_000 });
  });
});
