/**
 * Canvases for page images. A canvas holds native memory (its pixels) that is given back only by
 * a finalizer, and finalizers run on the event loop. A reader that renders page after page while
 * awaiting nothing but promises (pdf.js reads in this thread; a blank page asks no OCR engine)
 * never gives the loop a turn, and would keep every canvas it made: 60 blank A4 pages at 200 dpi
 * held 1.9 GB. So a new canvas is made only after one turn of the event loop, in which the
 * canvases already dropped are released.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';

/** A new canvas, made after one turn of the event loop (see the module comment). */
export async function newCanvas(width: number, height: number): Promise<Canvas> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  return createCanvas(width, height);
}
