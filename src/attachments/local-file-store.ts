// Attachment bytes as files in one folder (the default store). Writes go to a temporary name and
// are renamed into place, so a reader never sees half a file.
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { assertFileKey, type FileStore } from './file-store.ts';

export function createLocalFileStore(dir: string): FileStore {
  const pathOf = (key: string) => (assertFileKey(key), join(dir, key));
  return {
    kind: 'local',
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${randomUUID()}.part`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
    async get(key) {
      const path = pathOf(key);
      const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (!info) return null;
      return { body: Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>, sizeBytes: info.size };
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
