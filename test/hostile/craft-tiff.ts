import { deflateSync } from 'node:zlib';

/**
 * A TIFF "bomb": one grey 8-bit image of width × height pixels in a single deflate-compressed strip
 * of zeros, so a file of a few hundred KB declares hundreds of megapixels.
 */
export function tiffBomb(width: number, height: number): Buffer {
  const strip = deflateSync(Buffer.alloc(width * height), { level: 9 });
  const entries: [number, number, number, number][] = [
    // tag, type (3 SHORT, 4 LONG), count, value
    [256, 4, 1, width],
    [257, 4, 1, height],
    [258, 3, 1, 8],
    [259, 3, 1, 8], // deflate
    [262, 3, 1, 1], // black is zero
    [273, 4, 1, 0], // strip offset, set below
    [277, 3, 1, 1],
    [278, 4, 1, height],
    [279, 4, 1, strip.length],
  ];
  const ifdOffset = 8;
  const ifdSize = 2 + entries.length * 12 + 4;
  const dataOffset = ifdOffset + ifdSize;
  entries[5][3] = dataOffset;
  const head = Buffer.alloc(dataOffset);
  head.write('II', 0, 'latin1');
  head.writeUInt16LE(42, 2);
  head.writeUInt32LE(ifdOffset, 4);
  head.writeUInt16LE(entries.length, ifdOffset);
  entries.forEach(([tag, type, count, value], i) => {
    const at = ifdOffset + 2 + i * 12;
    head.writeUInt16LE(tag, at);
    head.writeUInt16LE(type, at + 2);
    head.writeUInt32LE(count, at + 4);
    if (type === 3) head.writeUInt16LE(value, at + 8);
    else head.writeUInt32LE(value, at + 8);
  });
  head.writeUInt32LE(0, ifdOffset + 2 + entries.length * 12);
  return Buffer.concat([head, strip]);
}
