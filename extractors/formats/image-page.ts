/** What image readers give: page images with their resolution, and the checks every image format shares. */
import type { PageImage } from '../ocr/pixels.js';
import { LimitExceededError } from '../../src/model/limits.js';

export interface ImagePage {
  image: PageImage;
  /** Resolution from the file, or estimated from an A4 page width. */
  dpi: number;
  /** Whether `dpi` came from the file. */
  dpiFromFile: boolean;
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

/** A4 width in inches: an image without a resolution is taken to be a full page scan or photo. */
const A4_WIDTH_IN = 8.27;

/** The resolution of an image that gives none, taken to be a full A4 page (72–600 dpi). */
export function guessDpi(width: number, height: number): number {
  const shortSide = Math.min(width, height);
  return Math.max(72, Math.min(600, Math.round(shortSide / A4_WIDTH_IN)));
}

/** Whether a resolution read from a file is believable (50–1200 dpi). */
export function usable(dpi: number | null): dpi is number {
  return dpi !== null && dpi >= 50 && dpi <= 1200;
}

/** Refuses an image above the pixel budget before a byte of it is decoded. */
export function checkPixels(width: number, height: number, maxPixels: number, what: string): void {
  if (width * height > maxPixels) throw new LimitExceededError('imagePixels', maxPixels, `${what} ${width}×${height} 像素`);
}
