// Thumbnails of uploaded images, made in pure JavaScript (jimp: no native code, nothing downloaded
// at install). The size comes from the header first (image-size), so a small file that decodes to
// a huge bitmap is never decoded; such images get no thumbnail and clients scale the original.
import { imageSize } from 'image-size';
import { Jimp } from 'jimp';

export const THUMBNAIL_MAX_SIDE = 320;
/** Largest bitmap decoded for a thumbnail (about 160 MB of RGBA). */
const MAX_DECODED_PIXELS = 40_000_000;
const THUMBNAIL_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/bmp']);

export interface ImageFacts {
  width: number;
  height: number;
  /** A JPEG (PNG for images with transparency) at most THUMBNAIL_MAX_SIDE wide and high, or null. */
  thumbnail: { bytes: Uint8Array; mimeType: string } | null;
}

/** Thumbnails of photos are JPEG; of anything that may be transparent, PNG. */
export function thumbnailTypeOf(mimeType: string): 'image/jpeg' | 'image/png' {
  return mimeType === 'image/jpeg' || mimeType === 'image/bmp' ? 'image/jpeg' : 'image/png';
}

/** Size and thumbnail of an image, or null when the bytes are not an image this can read. */
export async function readImage(bytes: Uint8Array, mimeType: string): Promise<ImageFacts | null> {
  let size: { width: number; height: number };
  try {
    const read = imageSize(bytes);
    size = { width: read.width, height: read.height };
  } catch {
    return null;
  }
  const isSmallEnough = size.width * size.height <= MAX_DECODED_PIXELS;
  if (!THUMBNAIL_TYPES.has(mimeType) || !isSmallEnough) return { ...size, thumbnail: null };
  const image = await Jimp.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (image.width > THUMBNAIL_MAX_SIDE || image.height > THUMBNAIL_MAX_SIDE) image.scaleToFit({ w: THUMBNAIL_MAX_SIDE, h: THUMBNAIL_MAX_SIDE });
  const thumbnailType = thumbnailTypeOf(mimeType);
  const encoded = thumbnailType === 'image/jpeg' ? await image.getBuffer('image/jpeg', { quality: 80 }) : await image.getBuffer('image/png');
  return { ...size, thumbnail: { bytes: new Uint8Array(encoded), mimeType: thumbnailType } };
}
