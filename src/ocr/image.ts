/**
 * Recognises the image formats the OCR reads (PNG, JPEG, WebP) from their bytes and reads their
 * size, so a corrupt or foreign file gets a clear error before the OCR engine sees it. Pure.
 */

export type ImageFormat = 'png' | 'jpeg' | 'webp';

export interface ImageInfo {
  format: ImageFormat;
  width: number;
  height: number;
}

export class ImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageError';
  }
}

/** Images larger than this many pixels are refused (a 1080×1080 flyer is 1.2 MP; a phone screenshot ~3 MP). */
export const MAX_PIXELS = 40_000_000;

export const IMAGE_EXTENSIONS: readonly string[] = ['.png', '.jpg', '.jpeg', '.webp'];

export function isImageName(name: string): boolean {
  const lower = name.toLowerCase();
  return IMAGE_EXTENSIONS.some((e) => lower.endsWith(e));
}

function ascii(b: Uint8Array, at: number, n: number): string {
  return String.fromCharCode(...b.subarray(at, at + n));
}

function pngInfo(b: Uint8Array): ImageInfo {
  if (b.length < 33 || ascii(b, 12, 4) !== 'IHDR') throw new ImageError('truncated PNG (no IHDR header)');
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { format: 'png', width: v.getUint32(16), height: v.getUint32(20) };
}

function jpegInfo(b: Uint8Array): ImageInfo {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) throw new ImageError('corrupt JPEG (bad marker)');
    const marker = b[i + 1] as number;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const len = ((b[i + 2] as number) << 8) | (b[i + 3] as number);
    if (len < 2) throw new ImageError('corrupt JPEG (bad segment length)');
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = ((b[i + 5] as number) << 8) | (b[i + 6] as number);
      const width = ((b[i + 7] as number) << 8) | (b[i + 8] as number);
      return { format: 'jpeg', width, height };
    }
    if (marker === 0xda || marker === 0xd9) break;
    i += 2 + len;
  }
  throw new ImageError('truncated JPEG (no frame header)');
}

function webpInfo(b: Uint8Array): ImageInfo {
  if (b.length < 30) throw new ImageError('truncated WebP');
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') {
    const width = 1 + ((b[24] as number) | ((b[25] as number) << 8) | ((b[26] as number) << 16));
    const height = 1 + ((b[27] as number) | ((b[28] as number) << 8) | ((b[29] as number) << 16));
    return { format: 'webp', width, height };
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) throw new ImageError('corrupt WebP (bad lossless signature)');
    const bits = (b[21] as number) | ((b[22] as number) << 8) | ((b[23] as number) << 16) | ((b[24] as number) << 24);
    return { format: 'webp', width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) throw new ImageError('corrupt WebP (bad frame signature)');
    const width = ((b[26] as number) | ((b[27] as number) << 8)) & 0x3fff;
    const height = ((b[28] as number) | ((b[29] as number) << 8)) & 0x3fff;
    return { format: 'webp', width, height };
  }
  throw new ImageError(`unsupported WebP chunk "${chunk.replace(/[^\x20-\x7e]/g, '?')}"`);
}

/** The format and size of an image, or an ImageError saying why it cannot be read. */
export function imageInfo(bytes: Uint8Array): ImageInfo {
  if (bytes.length === 0) throw new ImageError('empty file');
  let info: ImageInfo;
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG' && bytes[4] === 0x0d && bytes[5] === 0x0a) info = pngInfo(bytes);
  else if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) info = jpegInfo(bytes);
  else if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') info = webpInfo(bytes);
  else throw new ImageError('not a PNG, JPEG or WebP image');
  if (info.width < 1 || info.height < 1) throw new ImageError(`corrupt ${info.format.toUpperCase()} (size ${info.width}×${info.height})`);
  if (info.width * info.height > MAX_PIXELS) throw new ImageError(`image too large (${info.width}×${info.height} pixels)`);
  return info;
}
