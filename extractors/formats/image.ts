/**
 * Image files (PNG, JPEG, TIFF) as RGBA page images with their resolution, decoded page by page: PNG and JPEG with
 * @napi-rs/canvas (Skia codecs, no system library), TIFF (multi-page) with UTIF.js.
 */
import { loadImage } from '@napi-rs/canvas';
import { newCanvas } from '../ocr/canvas.js';
import UTIF from 'utif2';
import type { PageImage } from '../ocr/pixels.js';
import { LimitExceededError } from '../../src/model/limits.js';

export interface ImagePage {
  image: PageImage;
  /** Resolution from the file, or estimated from an A4 page width. */
  dpi: number;
  /** Whether `dpi` came from the file. */
  dpiFromFile: boolean;
}

/** A4 width in inches: an image without a resolution is taken to be a full page scan or photo. */
const A4_WIDTH_IN = 8.27;
/** Largest side read (pixels); bigger photos are scaled down (OCR time grows with area, not accuracy). */
const MAX_SIDE = 5000;

function guessDpi(width: number, height: number): number {
  const shortSide = Math.min(width, height);
  return Math.max(72, Math.min(600, Math.round(shortSide / A4_WIDTH_IN)));
}

function usable(dpi: number | null): dpi is number {
  return dpi !== null && dpi >= 50 && dpi <= 1200;
}

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

/** Refuses an image above the pixel budget before a byte of it is decoded. */
function checkPixels(width: number, height: number, maxPixels: number, what: string): void {
  if (width * height > maxPixels) throw new LimitExceededError('imagePixels', maxPixels, `${what} ${width}×${height} 像素`);
}

/** An image file opened: how many pages it holds, each decoded when asked for. */
export interface ImageFile {
  pages: number;
  /**
   * Page `index` (0-based), decoded. A multi-page TIFF is decoded page by page, so that a reader
   * holds only the pages it is reading (60 scanned A4 pages decoded at once held 1.2 GB).
   */
  page(index: number): Promise<ImagePage>;
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

/** Width and height tags of a TIFF image directory (0 when absent: not an image). */
function tiffSize(ifd: UTIF.IFD): [number, number] {
  return [Number((ifd.t256 as number[] | undefined)?.[0] ?? 0), Number((ifd.t257 as number[] | undefined)?.[0] ?? 0)];
}

/** The first value of a TIFF RATIONAL tag (UTIF gives each as a [numerator, denominator] pair), or null. */
function rational(tag: unknown): number | null {
  const first = Array.isArray(tag) ? (tag[0] as unknown) : undefined;
  if (typeof first === 'number') return first;
  if (!Array.isArray(first) || typeof first[0] !== 'number' || typeof first[1] !== 'number' || first[1] === 0) return null;
  return first[0] / first[1];
}

/** Whether a TIFF page is grey and JPEG-compressed (compression 7, one sample per pixel). */
function isGreyJpeg(ifd: UTIF.IFD): boolean {
  return (ifd.t259 as number[] | undefined)?.[0] === 7 && ((ifd.t277 as number[] | undefined)?.[0] ?? 1) === 1;
}

/**
 * A grey JPEG-compressed TIFF page, strip by strip (or tile by tile), with Skia's JPEG decoder:
 * UTIF decodes JPEG strips to RGB whatever their colour space, which garbles a grey page.
 */
async function decodeGreyJpegTiff(bytes: Buffer, ifd: UTIF.IFD, width: number, height: number): Promise<Uint8ClampedArray> {
  const numbers = (tag: unknown) => (Array.isArray(tag) ? (tag as number[]) : []);
  const tiled = ifd.t322 !== undefined;
  const offsets = numbers(tiled ? ifd.t324 : ifd.t273);
  const counts = numbers(tiled ? ifd.t325 : ifd.t279);
  const pieceWidth = tiled ? numbers(ifd.t322)[0] : width;
  const pieceHeight = tiled ? numbers(ifd.t323)[0] : (numbers(ifd.t278)[0] ?? height);
  if (offsets.length === 0 || offsets.length !== counts.length || !(pieceWidth > 0) || !(pieceHeight > 0)) throw new Error('JPEG 压缩的 TIFF 图像缺少数据块位置');
  const across = Math.ceil(width / pieceWidth);
  const canvas = await newCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  for (let i = 0; i < offsets.length; i++) {
    const piece = await loadImage(withJpegTables(ifd.t347 as Uint8Array | undefined, bytes.subarray(offsets[i], offsets[i] + counts[i])));
    ctx.drawImage(piece, (i % across) * pieceWidth, Math.floor(i / across) * pieceHeight);
  }
  return ctx.getImageData(0, 0, width, height).data;
}

/** A JPEG strip of a TIFF as a whole JPEG: the file's shared tables (JPEGTables, without their end marker), then the strip without its start marker. */
function withJpegTables(tables: Uint8Array | undefined, strip: Buffer): Buffer {
  if (!tables || tables.length < 4) return strip;
  const head = tables[tables.length - 2] === 0xff && tables[tables.length - 1] === 0xd9 ? tables.subarray(0, tables.length - 2) : tables;
  const body = strip[0] === 0xff && strip[1] === 0xd8 ? strip.subarray(2) : strip;
  return Buffer.concat([head, body]);
}

function openTiff(bytes: Buffer, maxPixels: number): ImageFile {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const directories = UTIF.decode(buffer);
  directories.forEach((ifd, i) => checkPixels(...tiffSize(ifd), maxPixels, `TIFF 第 ${i + 1} 幅图像`));
  const images = directories.filter((ifd) => tiffSize(ifd).every((n) => n > 0));
  return {
    pages: images.length,
    page: async (index) => {
      // Decoded into a copy of the directory, so its pixels go when the page does.
      const ifd = { ...images[index] } as UTIF.IFD;
      const [width, height] = tiffSize(ifd);
      let data: Uint8Array | Uint8ClampedArray;
      if (isGreyJpeg(ifd)) data = await decodeGreyJpegTiff(bytes, ifd, width, height);
      else {
        UTIF.decodeImage(buffer, ifd);
        if (!ifd.width || !ifd.height) throw new Error(`TIFF 第 ${index + 1} 页没有图像数据`);
        data = UTIF.toRGBA8(ifd);
      }
      const perUnit = rational(ifd.t282);
      const unit = (ifd.t296 as number[] | undefined)?.[0] ?? 2;
      const raw = perUnit === null ? null : perUnit * (unit === 3 ? 2.54 : 1);
      const dpiFromFile = usable(raw);
      return { image: { width, height, channels: 4, data }, dpi: dpiFromFile ? Math.round(raw) : guessDpi(width, height), dpiFromFile };
    },
  };
}
