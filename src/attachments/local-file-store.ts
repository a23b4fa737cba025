// Attachment bytes as files in one folder (the default store). Writes go to a temporary name and
// are renamed into place, so a reader never sees half a file. The temporary name is the key's own
// (each key has one writer: keys hold the attachment's id), so deleting a key also removes what a
// process killed mid-write left behind: the orphan sweep deletes the row's keys.
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { assertFileKey, type FileStore } from './file-store.ts';

export function createLocalFileStore(dir: string): FileStore {
  const pathOf = (key: string) => (assertFileKey(key), join(dir, key));
  return {
    kind: 'local',
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.part`;
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
      const path = pathOf(key);
      await Promise.all([rm(path, { force: true }), rm(`${path}.part`, { force: true })]);
    },
  };
}
