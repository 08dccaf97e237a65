/**
 * Image files (PNG, JPEG, TIFF) as RGBA page images with their resolution: PNG and JPEG with
 * @napi-rs/canvas (Skia codecs, no system library), TIFF (multi-page, decoded page by page) in tiff.ts.
 */
import { loadImage } from '@napi-rs/canvas';
import { newCanvas } from '../ocr/canvas.js';
import { checkPixels, guessDpi, usable, type ImageFile, type ImagePage } from './image-page.js';
import { openTiff } from './tiff.js';

/** Largest side read (pixels); bigger photos are scaled down (OCR time grows with area, not accuracy). */
const MAX_SIDE = 5000;

/** Pixels per inch from a PNG pHYs chunk (unit metre). */
function pngDpi(bytes: Buffer): number | null {
  const at = bytes.indexOf('pHYs');
  if (at < 0 || at + 13 > bytes.length) return null;
  const ppuX = bytes.readUInt32BE(at + 4);
  return bytes[at + 12] === 1 ? Math.round(ppuX * 0.0254) : null;
}

/** Pixels per inch from a JPEG JFIF APP0 header. */
function jpegDpi(bytes: Buffer): number | null {
  const at = bytes.indexOf('JFIF\u0000');
  if (at < 0 || at + 12 > bytes.length) return null;
  const unit = bytes[at + 7];
  const x = bytes.readUInt16BE(at + 8);
  return unit === 1 ? x : unit === 2 ? Math.round(x * 2.54) : null;
}

/** Width and height from a PNG IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] | null {
  return bytes.length >= 24 && bytes.toString('latin1', 12, 16) === 'IHDR' ? [bytes.readUInt32BE(16), bytes.readUInt32BE(20)] : null;
}

/** Width and height from a JPEG start-of-frame segment (any SOFn but DHT, JPG and DAC). */
function jpegSize(bytes: Buffer): [number, number] | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return [bytes.readUInt16BE(at + 7), bytes.readUInt16BE(at + 5)];
    at += 2 + length;
  }
  return null;
}
/**
 * Opens an image file: one page for PNG/JPEG, one per image directory for TIFF. Every image's size
 * is read from its header and checked against `maxPixels` before any is decoded. A PNG or JPEG,
 * a single page, is decoded here, so a damaged one is refused at once.
 */
export async function openImageFile(bytes: Buffer, format: 'png' | 'jpeg' | 'tiff', maxPixels = Infinity): Promise<ImageFile> {
  if (format === 'tiff') return openTiff(bytes, maxPixels);
  const size = format === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (size) checkPixels(size[0], size[1], maxPixels, '图像');
  const img = await loadImage(bytes);
  checkPixels(img.width, img.height, maxPixels, '图像');
  const scale = Math.min(1, MAX_SIDE / Math.max(img.width, img.height));
  const width = Math.max(1, Math.round(img.width * scale));
  const height = Math.max(1, Math.round(img.height * scale));
  const canvas = await newCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(img, 0, 0, width, height);
  const data = ctx.getImageData(0, 0, width, height).data;
  const fileDpi = format === 'png' ? pngDpi(bytes) : jpegDpi(bytes);
  const dpiFromFile = usable(fileDpi);
  const page: ImagePage = { image: { width, height, channels: 4, data }, dpi: dpiFromFile ? Math.round(fileDpi * scale) : guessDpi(width, height), dpiFromFile };
  return { pages: 1, page: async () => page };
}
