/**
 * The image of a PDF page for OCR, without any system binary: the embedded scan image when the
 * page is one upright image covering the page (what scanners write), otherwise the page rendered
 * with pdf.js on @napi-rs/canvas. Pixels come back raw, in the channels they were stored in
 * (grey, RGB or RGBA); nothing is encoded to PNG or expanded to RGBA.
 */
import { OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { newCanvas } from '../ocr/canvas.js';
import type { PageImage } from '../ocr/pixels.js';
import { LimitExceededError } from '../../src/model/limits.js';

/** Resolution pages without an embedded scan are rendered at (the OCR working resolution). */
export const RENDER_DPI = 200;

export interface PdfPageImage {
  image: PageImage;
  dpi: number;
  source: 'embedded' | 'rendered';
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

interface PdfjsImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/**
 * The page's image: embedded scan when there is one, else rendered at RENDER_DPI. A page whose
 * rendering would pass `maxPixels` is refused before any canvas is made (pdf.js itself skips
 * embedded images above the same size).
 */
export async function pdfPageImage(page: PDFPageProxy, maxPixels = Infinity): Promise<PdfPageImage> {
  const embedded = await embeddedScan(page).catch(() => null);
  if (embedded) return embedded;
  const viewport = page.getViewport({ scale: RENDER_DPI / 72 });
  if (viewport.width * viewport.height > maxPixels) throw new LimitExceededError('imagePixels', maxPixels, `页面按 ${RENDER_DPI} dpi 渲染为 ${Math.round(viewport.width)}×${Math.round(viewport.height)} 像素`);
  return renderPage(page, RENDER_DPI);
}

/** The single upright image covering ≥ 80 % of the page, at its own resolution. */
export async function embeddedScan(page: PDFPageProxy): Promise<PdfPageImage | null> {
  const list = await page.getOperatorList();
  const [, , pageW, pageH] = page.view.map((v, i) => v - (i >= 2 ? page.view[i - 2] : 0));
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const images: { id: string; ctm: Matrix; inline?: PdfjsImage }[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintImageXObject) images.push({ id: String(args[0]), ctm });
    else if (fn === OPS.paintInlineImageXObject) images.push({ id: '', ctm, inline: args[0] as PdfjsImage });
  }
  if (images.length !== 1) return null;
  const [{ id, ctm: m, inline }] = images;
  // Upright and axis-aligned: x scale and y scale positive, no shear or rotation.
  if (!(m[0] > 0 && m[3] > 0 && Math.abs(m[1]) < 1e-3 * m[0] && Math.abs(m[2]) < 1e-3 * m[3])) return null;
  if (m[0] * m[3] < 0.8 * pageW * pageH) return null;
  const img = inline ?? (await objectOf(page, id));
  if (!img?.data || !img.width || !img.height) return null;
  const pixels = pageImageOf(img);
  if (!pixels) return null;
  return { image: pixels, dpi: Math.round(img.width / (m[0] / 72)), source: 'embedded' };
}

function objectOf(page: PDFPageProxy, id: string): Promise<PdfjsImage | null> {
  const store = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    try {
      store.get(id, (value: unknown) => resolve((value as PdfjsImage) ?? null));
    } catch {
      resolve(null);
    }
  });
}

/** pdf.js image data (1-bit grey, RGB or RGBA) as a page image: 1-bit unpacked to grey, RGB and RGBA kept as they are. */
function pageImageOf(img: PdfjsImage): PageImage | null {
  const { width, height, kind } = img;
  const src = img.data!;
  if (kind === 2) return src.length >= width * height * 3 ? { width, height, channels: 3, data: src } : null;
  if (kind === 3) return src.length >= width * height * 4 ? { width, height, channels: 4, data: src } : null;
  if (kind !== 1) return null;
  // GRAYSCALE_1BPP: rows padded to bytes, 1 = white.
  const out = new Uint8Array(width * height);
  const stride = (width + 7) >> 3;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) out[y * width + x] = (src[y * stride + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
  }
  return { width, height, channels: 1, data: out };
}

/** Renders a page with pdf.js onto an @napi-rs/canvas canvas (white background). */
export async function renderPage(page: PDFPageProxy, dpi: number): Promise<PdfPageImage> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.max(1, Math.round(viewport.width));
  const height = Math.max(1, Math.round(viewport.height));
  const canvas = await newCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
  const data = ctx.getImageData(0, 0, width, height).data;
  return { image: { width, height, channels: 4, data }, dpi, source: 'rendered' };
}
