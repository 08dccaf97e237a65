import { deflateSync } from 'node:zlib';

/** One page of a crafted TIFF: grey bytes, one per pixel, 0 black … 255 white. */
export interface TiffPage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * A grey 8-bit TIFF of one or more pages (a scanner's multi-page file), each page one
 * deflate-compressed strip followed by its image directory, with a resolution when `dpi` is given.
 * `strip` replaces a page's compressed bytes (to craft a damaged page).
 */
export function greyTiff(pages: readonly (TiffPage & { strip?: Buffer })[], dpi?: number): Buffer {
  return writeTiff(pages.map((page) => ({ ...page, bits: 8, compression: 8, photometric: 1, strip: page.strip ?? deflateSync(page.data, { level: 6 }) })), dpi);
}

/**
 * A one-page bilevel TIFF of a grey page (pixels darker than 128 black), uncompressed, as a fax or
 * a document scanner's black-and-white mode writes before compression (0 white, 1 black).
 */
export function bilevelTiff(page: TiffPage, dpi: number): Buffer {
  const stride = Math.ceil(page.width / 8);
  const bits = Buffer.alloc(stride * page.height);
  for (let y = 0; y < page.height; y++) {
    for (let x = 0; x < page.width; x++) if (page.data[y * page.width + x] < 128) bits[y * stride + (x >> 3)] |= 0x80 >> (x & 7);
  }
  return writeTiff([{ ...page, bits: 1, compression: 1, photometric: 0, strip: bits }], dpi);
}

interface TiffStrip {
  width: number;
  height: number;
  bits: 1 | 8;
  /** 1 none, 8 deflate. */
  compression: 1 | 8;
  /** 0 white is zero, 1 black is zero. */
  photometric: 0 | 1;
  strip: Buffer;
}

function writeTiff(pages: readonly TiffStrip[], dpi?: number): Buffer {
  const parts: Buffer[] = [];
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  parts.push(header);
  let offset = header.length;
  // Where the offset of the next directory is written: the header's first, then each directory's last field.
  let next = { buffer: header, at: 4 };
  for (const page of pages) {
    const strip = page.strip;
    const stripAt = offset;
    parts.push(strip);
    offset += strip.length + (strip.length % 2);
    if (strip.length % 2) parts.push(Buffer.alloc(1));
    const entries: [number, number, number, number][] = [
      // tag, type (3 SHORT, 4 LONG, 5 RATIONAL), count, value
      [256, 4, 1, page.width],
      [257, 4, 1, page.height],
      [258, 3, 1, page.bits],
      [259, 3, 1, page.compression],
      [262, 3, 1, page.photometric],
      [273, 4, 1, stripAt],
      [277, 3, 1, 1],
      [278, 4, 1, page.height],
      [279, 4, 1, strip.length],
      ...(dpi ? ([[282, 5, 1, 0], [283, 5, 1, 0], [296, 3, 1, 2]] as [number, number, number, number][]) : []),
    ];
    const size = 2 + entries.length * 12 + 4;
    const directory = Buffer.alloc(size + (dpi ? 8 : 0));
    directory.writeUInt16LE(entries.length, 0);
    entries.forEach(([tag, type, count, value], i) => {
      const at = 2 + i * 12;
      directory.writeUInt16LE(tag, at);
      directory.writeUInt16LE(type, at + 2);
      directory.writeUInt32LE(count, at + 4);
      // Both resolutions point at one rational, dpi / 1, written after the directory.
      if (type === 5) directory.writeUInt32LE(offset + size, at + 8);
      else if (type === 3) directory.writeUInt16LE(value, at + 8);
      else directory.writeUInt32LE(value, at + 8);
    });
    if (dpi) {
      directory.writeUInt32LE(dpi, size);
      directory.writeUInt32LE(1, size + 4);
    }
    next.buffer.writeUInt32LE(offset, next.at);
    next = { buffer: directory, at: size - 4 };
    parts.push(directory);
    offset += directory.length;
  }
  return Buffer.concat(parts);
}

/**
 * A TIFF "bomb": one grey 8-bit image of width × height pixels in a single deflate-compressed strip
 * of zeros, so a file of a few hundred KB declares hundreds of megapixels.
 */
export function tiffBomb(width: number, height: number): Buffer {
  return greyTiff([{ width, height, data: Buffer.alloc(width * height) }]);
}

/** A blank (white) page of A4 at `dpi`. */
export function blankA4(dpi: number): TiffPage {
  const width = Math.round(8.27 * dpi);
  const height = Math.round(11.69 * dpi);
  return { width, height, data: Buffer.alloc(width * height, 255) };
}
