/**
 * Writes a DocSpec as a *scanned* PDF: every page is one JPEG image and there is no text layer, as
 * a printed, signed, sealed and scanned filing. The page layout is the PDF writer's own (its content
 * streams are replayed on a canvas), drawn with Noto Sans SC (devDependency @embedpdf/fonts-sc) by
 * @napi-rs/canvas; then: tick boxes drawn as boxes (ticked ones with a √), signer names in a
 * hand-written look, red seals on the rows of the units that sealed, a slight rotation, speckle
 * noise, JPEG compression. Deterministic for a given spec and seed.
 *
 * Ground truth for OCR measurements comes back with `renderScan`: the text of each page in reading
 * order (what a perfect reader would get) and the boxes of the seals drawn.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import type { DocSpec, WriteOptions } from '../spec.js';
import { PdfObjects } from './pdf-file.js';
import { charWidthEm, PAGE } from './pdf-layout.js';
import { writePdf } from './pdf-writer.js';

const require = createRequire(import.meta.url);
const FONT_FAMILY = 'ScanNotoSansSC';
let fontsReady = false;

function registerFonts(): void {
  if (fontsReady) return;
  const dir = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  GlobalFonts.registerFromPath(path.join(dir, 'NotoSansHans-Regular.otf'), FONT_FAMILY);
  GlobalFonts.registerFromPath(path.join(dir, 'NotoSansHans-Bold.otf'), FONT_FAMILY);
  fontsReady = true;
}

export interface ScanOptions extends WriteOptions {
  /** Seed of the page's rotation, noise and seal placement (default 'scan'). */
  seed?: string;
  /** Scan resolution (default 200). */
  dpi?: number;
  /** Rotation in degrees (positive clockwise); default: a seeded value in ±0.8. */
  rotation?: number;
  /** Share of pixels turned into dark or light speckles (default 0.0015). */
  noise?: number;
  /**
   * Units whose signature-table row gets a red seal: a text run equal to the name marks the row, on
   * pages that have a seal column (a short text run with 盖章, such as the header 单位盖章).
   */
  sealed?: string[];
  /** Texts not printed on the scan (e.g. '（已盖章）', replaced there by the seal). */
  blank?: string[];
  /** Texts written in a hand-written look (signer names). */
  handwritten?: string[];
  /** JPEG quality 0–100 (default 80). */
  jpegQuality?: number;
}

/** One scanned page: the image, its ground truth text and the seals drawn on it. */
export interface ScanPage {
  width: number;
  height: number;
  dpi: number;
  /** RGBA pixels as scanned (after rotation and noise). */
  rgba: Uint8Array;
  jpeg: Buffer;
  /** Text of the page in reading order, lines joined with '\n' (blanked texts left out). */
  text: string;
  /** Boxes of the seals drawn, pixels of the unrotated page, and the unit each stands for. */
  seals: { unit: string; box: [number, number, number, number] }[];
}

interface TextOp {
  size: number;
  x: number;
  y: number;
  text: string;
  bold: boolean;
}

interface RectOp {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Parses the content streams written by pdf-writer.ts (uncompressed, one operator group per line). */
function parsePages(pdf: Buffer): { texts: TextOp[]; rects: RectOp[] }[] {
  const source = pdf.toString('latin1');
  const pages: { texts: TextOp[]; rects: RectOp[] }[] = [];
  const streamRe = /stream\n([\s\S]*?)\nendstream/g;
  for (const m of source.matchAll(streamRe)) {
    const texts: TextOp[] = [];
    const rects: RectOp[] = [];
    for (const line of m[1].split('\n')) {
      const t = /BT \/F1 ([\d.]+) Tf ([\d.-]+) ([\d.-]+) Td <([0-9A-F]*)> Tj ET/.exec(line);
      if (t) {
        const hex = t[4];
        let text = '';
        for (let i = 0; i < hex.length; i += 4) text += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
        texts.push({ size: Number(t[1]), x: Number(t[2]), y: Number(t[3]), text, bold: line.includes(' 2 Tr ') });
        continue;
      }
      const r = /([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+) re S/.exec(line);
      if (r) rects.push({ x: Number(r[1]), y: Number(r[2]), w: Number(r[3]), h: Number(r[4]) });
    }
    pages.push({ texts, rects });
  }
  return pages;
}

/** Deterministic pseudo-random numbers in [0, 1) from a seed (xorshift over a SHA-256 start). */
function random(seed: string): () => number {
  const h = createHash('sha256').update(seed).digest();
  let s = h.readUInt32LE(0) || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) % 1_000_000) / 1_000_000;
  };
}

const CHECKED = new Set(['■', '☑', '☒', '√', '✓', '✔']);
const UNCHECKED = new Set(['□', '☐']);

/** Renders every page of a spec as a scan. */
export function renderScan(spec: DocSpec, options: ScanOptions = {}): ScanPage[] {
  registerFonts();
  const dpi = options.dpi ?? 200;
  const k = dpi / 72;
  const seed = options.seed ?? 'scan';
  const blank = new Set(options.blank ?? []);
  const handwritten = new Set(options.handwritten ?? []);
  const sealed = new Set(options.sealed ?? []);
  const width = Math.round(PAGE.width * k);
  const height = Math.round(PAGE.height * k);
  const pages = parsePages(writePdf(spec, { ...options, checkboxGlyphs: ['■', '□'] }));
  return pages.map((page, index) => {
    const rnd = random(`${seed}:${index}`);
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fdfdfb';
    ctx.fillRect(0, 0, width, height);
    ctx.strokeStyle = '#111';
    ctx.lineWidth = Math.max(1, 0.6 * k);
    for (const r of page.rects) {
      ctx.strokeRect(r.x * k, (PAGE.height - r.y - r.h) * k, r.w * k, r.h * k);
    }
    const lines: { y: number; x: number; text: string }[] = [];
    const seals: ScanPage['seals'] = [];
    let sealIndex = 0;
    const sealPage = page.texts.some((t) => t.text.includes('盖章') && t.text.length <= 12);
    for (const t of page.texts) {
      const top = PAGE.height - t.y;
      if (blank.has(t.text)) continue;
      const hand = handwritten.has(t.text);
      drawText(ctx, t, k, hand, rnd);
      lines.push({ y: top, x: t.x, text: t.text });
      if (sealPage && sealed.has(t.text)) {
        // The seal goes on the same row, in the right-hand column (the 盖章 column of the forms).
        const column = PAGE.margin + ((PAGE.width - 2 * PAGE.margin) * 5) / 6;
        const offset = (sealIndex++ % 2 === 0 ? -1 : 1) * 40;
        const cx = (column + offset + (rnd() - 0.5) * 10) * k;
        const cy = (top - t.size * 0.35 + (rnd() - 0.5) * 4) * k;
        const radius = 22 * k;
        drawSeal(ctx, cx, cy, radius, t.text, rnd);
        seals.push({ unit: t.text, box: [Math.round(cx - radius), Math.round(cy - radius), Math.round(cx + radius), Math.round(cy + radius)] });
      }
    }
    const rotation = options.rotation ?? (rnd() - 0.5) * 1.6;
    const scanned = createCanvas(width, height);
    const out = scanned.getContext('2d');
    out.fillStyle = '#fbfbf8';
    out.fillRect(0, 0, width, height);
    out.translate(width / 2, height / 2);
    out.rotate((rotation * Math.PI) / 180);
    out.drawImage(canvas, -width / 2, -height / 2);
    out.setTransform(1, 0, 0, 1, 0, 0);
    const image = out.getImageData(0, 0, width, height);
    addNoise(image.data, options.noise ?? 0.0015, rnd);
    out.putImageData(image, 0, 0);
    const jpeg = scanned.encodeSync('jpeg', options.jpegQuality ?? 80);
    lines.sort((a, b) => a.y - b.y || a.x - b.x);
    const text: string[] = [];
    let lastY = -Infinity;
    for (const l of lines) {
      if (Math.abs(l.y - lastY) < 3) text[text.length - 1] += ` ${l.text}`;
      else text.push(l.text);
      lastY = l.y;
    }
    return { width, height, dpi, rgba: new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength), jpeg, text: text.join('\n'), seals };
  });
}

/** One text run, character by character at the writer's advances (ASCII ½ em, others 1 em). */
function drawText(ctx: SKRSContext2D, t: TextOp, k: number, hand: boolean, rnd: () => number): void {
  const size = t.size * k;
  let x = t.x * k;
  const y = (PAGE.height - t.y) * k;
  ctx.fillStyle = hand ? 'rgb(25,30,95)' : '#111';
  ctx.font = `${t.bold ? 'bold ' : ''}${hand ? size * 1.15 : size}px ${FONT_FAMILY}`;
  for (const ch of t.text) {
    const advance = charWidthEm(ch) * size;
    if (CHECKED.has(ch) || UNCHECKED.has(ch)) {
      drawBox(ctx, x, y, size, CHECKED.has(ch));
    } else if (hand) {
      ctx.save();
      ctx.translate(x, y + (rnd() - 0.5) * size * 0.15);
      ctx.rotate((rnd() - 0.5) * 0.25);
      ctx.transform(1, 0, -0.2, 1, 0, 0);
      ctx.fillText(ch, 0, 0);
      ctx.restore();
    } else ctx.fillText(ch, x, y);
    x += hand ? advance * 1.1 : advance;
  }
}

/** A tick box: a square outline, with a √ inside when ticked. */
function drawBox(ctx: SKRSContext2D, x: number, baseline: number, size: number, ticked: boolean): void {
  const s = size * 0.78;
  const left = x + size * 0.1;
  const top = baseline - size * 0.82;
  ctx.save();
  ctx.strokeStyle = '#111';
  ctx.lineWidth = Math.max(1, size * 0.07);
  ctx.strokeRect(left, top, s, s);
  if (ticked) {
    ctx.lineWidth = Math.max(1.5, size * 0.1);
    ctx.beginPath();
    ctx.moveTo(left + s * 0.18, top + s * 0.5);
    ctx.lineTo(left + s * 0.42, top + s * 0.78);
    ctx.lineTo(left + s * 0.85, top + s * 0.2);
    ctx.stroke();
  }
  ctx.restore();
}

/** A round red seal: ring, five-pointed star, the unit's name along the upper arc; slightly uneven ink. */
function drawSeal(ctx: SKRSContext2D, cx: number, cy: number, radius: number, name: string, rnd: () => number): void {
  ctx.save();
  const red = `rgba(${205 + Math.round(rnd() * 30)}, ${25 + Math.round(rnd() * 20)}, ${30 + Math.round(rnd() * 20)}, 0.88)`;
  ctx.strokeStyle = red;
  ctx.fillStyle = red;
  ctx.lineWidth = radius * 0.07;
  ctx.beginPath();
  ctx.arc(cx, cy, radius * 0.95, 0, Math.PI * 2);
  ctx.stroke();
  ctx.beginPath();
  const star = radius * 0.28;
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? star : star * 0.4;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    ctx.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  ctx.closePath();
  ctx.fill();
  const chars = [...name];
  const charSize = Math.min(radius * 0.3, (Math.PI * 1.3 * radius * 0.7) / Math.max(1, chars.length));
  ctx.font = `${charSize}px ${FONT_FAMILY}`;
  const span = Math.PI * 1.3;
  chars.forEach((ch, i) => {
    const a = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    ctx.save();
    ctx.translate(cx + radius * 0.68 * Math.cos(a), cy + radius * 0.68 * Math.sin(a));
    ctx.rotate(a + Math.PI / 2);
    ctx.fillText(ch, -charSize / 2, charSize / 2);
    ctx.restore();
  });
  ctx.restore();
}

function addNoise(data: Uint8ClampedArray, share: number, rnd: () => number): void {
  const pixels = data.length / 4;
  const count = Math.round(pixels * share);
  for (let i = 0; i < count; i++) {
    const p = Math.floor(rnd() * pixels) * 4;
    const v = rnd() < 0.5 ? 40 + Math.round(rnd() * 60) : 255;
    data[p] = v;
    data[p + 1] = v;
    data[p + 2] = v;
  }
}

/** Wraps JPEG page images into an image-only PDF (one page per image, page size from the resolution). */
export function imagesToPdf(pages: readonly { jpeg: Buffer; width: number; height: number; dpi: number }[]): Buffer {
  const objects = new PdfObjects();
  const catalog = objects.reserve();
  const pagesNum = objects.reserve();
  const kids = pages.map((p) => {
    const w = (p.width / p.dpi) * 72;
    const h = (p.height / p.dpi) * 72;
    const image = objects.addStream(p.jpeg.toString('latin1'), `/Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`);
    const content = objects.addStream(`q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`);
    return objects.add(`<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  objects.set(pagesNum, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  objects.set(catalog, `<< /Type /Catalog /Pages ${pagesNum} 0 R >>`);
  const info = objects.add('<< /Producer (innovation-filings corpus generator, scan writer) >>');
  return objects.toBuffer(catalog, `/Info ${info} 0 R`);
}

/** A DocSpec as an image-only scanned PDF. */
export function writeScannedPdf(spec: DocSpec, options: ScanOptions = {}): Buffer {
  return imagesToPdf(renderScan(spec, options));
}
