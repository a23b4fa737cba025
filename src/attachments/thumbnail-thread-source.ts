// The code of the thumbnail thread (thumbnail-thread.ts runs it with `new Worker(code, { eval:
// true })`, so it needs no build step or loader, like the WAL checkpoint thread): decodes an
// image with jimp, scales it to fit a square, encodes it, one job at a time.
export const THUMBNAIL_THREAD_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { Jimp } = require(workerData.jimp);
parentPort.on('message', async ({ id, bytes, maxSide, type }) => {
  try {
    const image = await Jimp.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (image.width > maxSide || image.height > maxSide) image.scaleToFit({ w: maxSide, h: maxSide });
    const encoded = type === 'image/jpeg' ? await image.getBuffer('image/jpeg', { quality: 80 }) : await image.getBuffer('image/png');
    const thumbnail = new Uint8Array(encoded);
    parentPort.postMessage({ id, thumbnail }, [thumbnail.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;
