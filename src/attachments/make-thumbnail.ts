// Thumbnails of uploaded images, made in pure JavaScript (jimp: no native code, nothing downloaded
// at install) in a thread of their own (thumbnail-thread.ts). The size comes from the header first
// (image-size), so a small file that decodes to a huge bitmap is never decoded; such images, and
// images whose bytes do not decode, get no thumbnail, and clients scale the original.
import { imageSize } from 'image-size';
import { makeThumbnailInThread } from './thumbnail-thread.ts';

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
  const thumbnailType = thumbnailTypeOf(mimeType);
  const thumbnail = await makeThumbnailInThread(bytes, THUMBNAIL_MAX_SIDE, thumbnailType);
  return { ...size, thumbnail: thumbnail && { bytes: thumbnail, mimeType: thumbnailType } };
}
