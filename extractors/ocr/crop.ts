/** Small images of regions of a scanned page, for a person to see what a verdict rests on. */
import { createCanvas } from '@napi-rs/canvas';
import type { Box, GrayImage } from './pixels.js';

/** Widest crop kept, pixels: enough to read a signature row, small enough to embed in a report. */
const MAX_WIDTH = 640;
/** Margin kept around a region, pixels of the working image. */
const MARGIN = 4;

/** A region of a grey page as a JPEG data URI (`data:image/jpeg;base64,…`), scaled down to at most MAX_WIDTH wide. */
export function cropDataUri(gray: GrayImage, box: Box): string | undefined {
  const x0 = Math.max(0, Math.floor(box[0]) - MARGIN);
  const y0 = Math.max(0, Math.floor(box[1]) - MARGIN);
  const x1 = Math.min(gray.width, Math.ceil(box[2]) + MARGIN);
  const y1 = Math.min(gray.height, Math.ceil(box[3]) + MARGIN);
  if (x1 - x0 < 2 || y1 - y0 < 2) return undefined;
  const scale = Math.min(1, MAX_WIDTH / (x1 - x0));
  const width = Math.max(1, Math.round((x1 - x0) * scale));
  const height = Math.max(1, Math.round((y1 - y0) * scale));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(width, height);
  for (let y = 0; y < height; y++) {
    const sy = y0 + Math.min(y1 - y0 - 1, Math.floor(y / scale));
    for (let x = 0; x < width; x++) {
      const v = gray.data[sy * gray.width + x0 + Math.min(x1 - x0 - 1, Math.floor(x / scale))];
      const at = (y * width + x) * 4;
      image.data[at] = image.data[at + 1] = image.data[at + 2] = v;
      image.data[at + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, 0);
  return `data:image/jpeg;base64,${canvas.toBuffer('image/jpeg', 70).toString('base64')}`;
}
