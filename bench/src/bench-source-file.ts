// Child processes of the bench (load clients, reference servers) run their TypeScript source with
// tsx. When the bench itself runs from a build (dist/bench/…, as `kefu bench` does after
// `npm run build`), the source sits at the same path outside dist/.
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export function benchSourceFile(relativeTs: string, fromUrl: string): string {
  return fileURLToPath(new URL(relativeTs, fromUrl)).replace(`${sep}dist${sep}bench${sep}`, `${sep}bench${sep}`);
}
