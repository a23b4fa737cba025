// Picks the file store from config: local files by default, an S3-compatible bucket when configured.
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { FileStore } from './file-store.ts';
import { createLocalFileStore } from './local-file-store.ts';
import { createS3FileStore } from './s3-file-store.ts';

export function createFileStore(config: Config): FileStore {
  const { attachments } = config;
  if (attachments.storage === 's3') return createS3FileStore(attachments.s3);
  return createLocalFileStore(attachments.dir || join(config.dataDir, 'attachments'));
}
