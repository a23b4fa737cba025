// Attachment bytes in an S3-compatible bucket (AWS S3, MinIO, R2, …): plain S3 REST calls signed
// with SigV4 by aws4fetch, so no SDK. Errors name the bucket and the status, never the keys.
import { AwsClient } from 'aws4fetch';
import type { Config } from '../config.ts';
import { assertFileKey, type FileStore } from './file-store.ts';

type S3Config = Config['attachments']['s3'];

function bucketUrl(s3: S3Config): string {
  const endpoint = (s3.endpoint || `https://s3.${s3.region}.amazonaws.com`).replace(/\/+$/, '');
  if (s3.forcePathStyle) return `${endpoint}/${encodeURIComponent(s3.bucket)}`;
  const url = new URL(endpoint);
  url.hostname = `${s3.bucket}.${url.hostname}`;
  return url.toString().replace(/\/+$/, '');
}

export function createS3FileStore(s3: S3Config): FileStore {
  const client = new AwsClient({ accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, region: s3.region, service: 's3' });
  const base = bucketUrl(s3);
  const urlOf = (key: string) => (assertFileKey(key), `${base}/${key}`);
  const fail = async (what: string, response: Response): Promise<never> => {
    const detail = (await response.text()).match(/<Code>([^<]+)<\/Code>/)?.[1] ?? '';
    throw new Error(`S3 ${what} in bucket ${s3.bucket} failed: HTTP ${response.status} ${detail}`.trim());
  };
  return {
    kind: 's3',
    async put(key, bytes, contentType) {
      const response = await client.fetch(urlOf(key), { method: 'PUT', body: bytes as Uint8Array<ArrayBuffer>, headers: { 'content-type': contentType } });
      if (!response.ok) await fail('upload', response);
      await response.body?.cancel();
    },
    async get(key) {
      const response = await client.fetch(urlOf(key), { method: 'GET' });
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok || !response.body) return fail('download', response);
      return { body: response.body, sizeBytes: Number(response.headers.get('content-length') ?? 0) };
    },
    async delete(key) {
      const response = await client.fetch(urlOf(key), { method: 'DELETE' });
      if (!response.ok && response.status !== 404) await fail('delete', response);
      await response.body?.cancel();
    },
  };
}
