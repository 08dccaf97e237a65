/**
 * TIFF scans (one page per image directory) decoded with UTIF.js, page by page; grey
 * JPEG-compressed pages with Skia's JPEG decoder (@napi-rs/canvas).
 */
import { loadImage } from '@napi-rs/canvas';
import UTIF from 'utif2';
import { newCanvas } from '../ocr/canvas.js';
import { checkPixels, guessDpi, usable, type ImageFile } from './image-page.js';

/** The values of a numeric tag of a TIFF image directory (none when absent). */
function values(ifd: UTIF.IFD, tag: number): number[] {
  const v = ifd[`t${tag}`];
  return Array.isArray(v) ? (v as number[]) : [];
}

/** Width and height tags of a TIFF image directory (0 when absent: not an image). */
function tiffSize(ifd: UTIF.IFD): [number, number] {
  return [values(ifd, 256)[0] ?? 0, values(ifd, 257)[0] ?? 0];
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
  return values(ifd, 259)[0] === 7 && (values(ifd, 277)[0] ?? 1) === 1;
}

/**
 * A grey JPEG-compressed TIFF page, strip by strip (or tile by tile), with Skia's JPEG decoder:
 * UTIF decodes JPEG strips to RGB whatever their colour space, which garbles a grey page.
 */
async function decodeGreyJpegTiff(bytes: Buffer, ifd: UTIF.IFD, width: number, height: number): Promise<Uint8ClampedArray> {
  const tiled = values(ifd, 322).length > 0;
  const offsets = values(ifd, tiled ? 324 : 273);
  const counts = values(ifd, tiled ? 325 : 279);
  const pieceWidth = tiled ? values(ifd, 322)[0] : width;
  const pieceHeight = tiled ? values(ifd, 323)[0] : (values(ifd, 278)[0] ?? height);
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

/**
 * Opens a TIFF: every directory is checked against `maxPixels` from its size tags before any page
 * is decoded; each page is decoded when asked for.
 */
export function openTiff(bytes: Buffer, maxPixels: number): ImageFile {
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
      try {
        if (isGreyJpeg(ifd)) data = await decodeGreyJpegTiff(bytes, ifd, width, height);
        else {
          UTIF.decodeImage(buffer, ifd);
          data = UTIF.toRGBA8(ifd);
        }
      } catch (err) {
        // UTIF's decoders throw strings (a damaged deflate strip: "invalid stored block lengths").
        throw err instanceof Error ? err : new Error(String(err));
      }
      const perUnit = rational(ifd.t282);
      const unit = values(ifd, 296)[0] ?? 2;
      const raw = perUnit === null ? null : perUnit * (unit === 3 ? 2.54 : 1);
      const dpiFromFile = usable(raw);
      return { image: { width, height, channels: 4, data }, dpi: dpiFromFile ? Math.round(raw) : guessDpi(width, height), dpiFromFile };
    },
  };
}
