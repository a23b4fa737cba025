// GET /attachments/<id>?variant&expires&signature: streams a file whose signed URL checks out
// (attachments/attachment-urls.ts). Everything else about the answer is decided in the domain.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { DOWNLOAD_PATH_PREFIX } from '../attachments/attachment-urls.ts';
import { openAttachmentDownload } from '../attachments/open-attachment-download.ts';
import type { Deps } from '../deps.ts';

export function createAttachmentDownloads(deps: Deps) {
  return {
    handle(req: IncomingMessage, res: ServerResponse): boolean {
      if (!req.url?.startsWith(DOWNLOAD_PATH_PREFIX) || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
      openAttachmentDownload(deps, new URL(req.url, 'http://kefu.invalid')).then(
        (download) => {
          if (download.status !== 200) {
            res.writeHead(download.status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
            return void res.end(`${download.message}\n`);
          }
          res.writeHead(200, download.headers);
          if (req.method === 'HEAD') return void (download.body.cancel(), res.end());
          Readable.fromWeb(download.body as import('node:stream/web').ReadableStream).on('error', () => res.destroy()).pipe(res);
        },
        (error: unknown) => {
          deps.log.error({ err: error }, 'attachment download failed');
          res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('The file store is not reachable; try again later.\n');
        },
      );
      return true;
    },
  };
}
