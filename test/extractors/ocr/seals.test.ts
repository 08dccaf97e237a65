import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { estimateSkew, inkMask, rotateGray, splitPage, type Box, type PageImage } from '../../../extractors/ocr/pixels.js';
import { findSeals, marksOnRows, redScaleForDpi } from '../../../extractors/ocr/seals.js';

/** Seals of a page as the OCR path finds them: on the red-ink mask at the scale for the resolution. */
const sealsOn = (image: PageImage, dpi: number) => findSeals(splitPage(image, redScaleForDpi(dpi)).red, { dpi });

const W = 1200;
const H = 800;

/** A white page with a 4-row table (rows 120 px high from y = 100), black text, and a red seal on the given rows. */
function page(sealRows: number[], extra?: (ctx: ReturnType<ReturnType<typeof createCanvas>['getContext']>) => void): PageImage {
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, W, H);
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 2;
  for (let r = 0; r <= 4; r++) {
    ctx.beginPath();
    ctx.moveTo(100, 100 + r * 120);
    ctx.lineTo(1100, 100 + r * 120);
    ctx.stroke();
  }
  for (const x of [100, 500, 800, 1100]) {
    ctx.beginPath();
    ctx.moveTo(x, 100);
    ctx.lineTo(x, 580);
    ctx.stroke();
  }
  ctx.fillStyle = '#000';
  ctx.font = '36px sans-serif';
  for (let r = 0; r < 4; r++) ctx.fillText(`Member unit ${r + 1}`, 120, 170 + r * 120);
  for (const r of sealRows) {
    const cx = 950 + (r % 2) * 20;
    const cy = 160 + r * 120 + 10;
    ctx.strokeStyle = 'rgb(220,30,40)';
    ctx.lineWidth = 7;
    ctx.beginPath();
    ctx.arc(cx, cy, 75, 0, Math.PI * 2);
    ctx.stroke();
    ctx.fillStyle = 'rgb(215,35,35)';
    ctx.font = '22px sans-serif';
    ctx.fillText('SEAL CO LTD', cx - 62, cy + 8);
    ctx.beginPath();
    for (let k = 0; k < 5; k++) {
      const a = -Math.PI / 2 + (k * 4 * Math.PI) / 5;
      ctx.lineTo(cx + 18 * Math.cos(a), cy - 30 + 18 * Math.sin(a));
    }
    ctx.fill();
  }
  extra?.(ctx);
  const data = ctx.getImageData(0, 0, W, H).data;
  return { width: W, height: H, channels: 4, data };
}

const rows: { box: Box; cells: Box[] }[] = [0, 1, 2, 3].map((r) => ({
  box: [100, 100 + r * 120, 1100, 220 + r * 120],
  cells: [
    [100, 100 + r * 120, 500, 220 + r * 120],
    [500, 100 + r * 120, 800, 220 + r * 120],
    [800, 100 + r * 120, 1100, 220 + r * 120],
  ],
}));

describe('findSeals', () => {
  it('finds every red round seal and nothing on a page without one', () => {
    const seals = sealsOn(page([0, 2, 3]), 200);
    expect(seals).toHaveLength(3);
    for (const s of seals) {
      const w = s.box[2] - s.box[0];
      expect(w).toBeGreaterThan(140);
      expect(w).toBeLessThan(180);
      expect(s.roundness).toBeGreaterThan(0.6);
    }
    expect(sealsOn(page([]), 200)).toEqual([]);
  });

  it('ignores red text, red rectangles and red underlines', () => {
    const image = page([], (ctx) => {
      ctx.fillStyle = 'rgb(220,30,40)';
      ctx.font = '60px sans-serif';
      ctx.fillText('URGENT URGENT', 150, 700);
      ctx.strokeStyle = 'rgb(220,30,40)';
      ctx.lineWidth = 6;
      ctx.strokeRect(900, 620, 160, 160);
      ctx.fillRect(100, 40, 900, 8);
    });
    expect(sealsOn(image, 200)).toEqual([]);
  });

  it('drops red ink from the grey image used for OCR', () => {
    const image = page([1]);
    const { gray, red } = splitPage(image, 1);
    const mask = red.data;
    expect(red.count).toBeGreaterThan(1000);
    let redAndDark = 0;
    for (let i = 0; i < mask.length; i++) if (mask[i] && gray.data[i] < 200) redAndDark++;
    expect(redAndDark).toBe(0);
  });
});

describe('marksOnRows', () => {
  it('attaches each seal to the row its centre lies in, with the cell', () => {
    const image = page([0, 2]);
    const marks = marksOnRows(rows, sealsOn(image, 200));
    expect(marks.map((m) => m.seal !== null)).toEqual([true, false, true, false]);
    expect(marks[0].sealCell).toBe(2);
  });

  it('reports handwriting: ink in a cell that is not printed text', () => {
    const image = page([], (ctx) => {
      ctx.strokeStyle = 'rgb(20,20,90)';
      ctx.lineWidth = 4;
      ctx.beginPath();
      ctx.moveTo(540, 290);
      ctx.bezierCurveTo(600, 240, 640, 330, 760, 270);
      ctx.stroke();
    });
    const { gray } = splitPage(image);
    const mask = inkMask(gray);
    // Rules and the printed names are known: give their boxes as printed.
    const printed: Box[] = [[90, 95, 1110, 105], [90, 215, 1110, 225], [90, 335, 1110, 345], [90, 455, 1110, 465], [90, 575, 1110, 585], [95, 95, 105, 585], [495, 95, 505, 585], [795, 95, 805, 585], [1095, 95, 1105, 585]];
    for (let r = 0; r < 4; r++) printed.push([110, 130 + r * 120, 480, 185 + r * 120]);
    const marks = marksOnRows(rows, [], { mask, width: W, printed });
    expect(marks.map((m) => m.handwriting)).toEqual([[], [1], [], []]);
  });
});

describe('deskew', () => {
  it('estimates a small rotation and undoes it', () => {
    const { gray } = splitPage(page([]));
    const turned = rotateGray(gray, 1.2);
    const skew = estimateSkew(turned);
    expect(Math.abs(skew - 1.2)).toBeLessThanOrEqual(0.15);
    expect(Math.abs(estimateSkew(rotateGray(turned, -skew)))).toBeLessThanOrEqual(0.15);
  });
});
