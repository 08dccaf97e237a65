/**
 * Page images as plain pixel buffers, and the cheap pixel operations the OCR path needs: one pass
 * that turns a page into grey levels without red ink, its histogram and a red-ink mask; Otsu
 * threshold, deskew, and PGM encoding (tesseract reads PNM without decompression, so a rendered
 * page is never re-encoded as PNG).
 */

/** A page image as decoded: grey (1 channel), RGB (3) or RGBA (4), 8 bits per channel, rows top to bottom. */
export interface PageImage {
  width: number;
  height: number;
  channels: 1 | 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
}

/** A grey page image, one byte per pixel (0 black … 255 white). */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A box in pixels, origin top-left: [x0, y0, x1, y1] (x1, y1 exclusive). */
export type Box = [number, number, number, number];

/**
 * A grey image reduced to `width` × `height` by area averaging (each output pixel is the mean of
 * the area it covers, fractional edges weighted). Never enlarges.
 */
export function resampleGray(gray: GrayImage, width: number, height: number): GrayImage {
  if (width >= gray.width && height >= gray.height) return gray;
  const xs = spans(gray.width, width);
  const ys = spans(gray.height, height);
  // Horizontal pass into floats (rows of the source), then vertical into bytes.
  const mid = new Float32Array(width * gray.height);
  for (let y = 0; y < gray.height; y++) {
    const src = y * gray.width;
    for (let x = 0; x < width; x++) {
      const { first, weights } = xs[x];
      let sum = 0;
      for (let k = 0; k < weights.length; k++) sum += gray.data[src + first + k] * weights[k];
      mid[y * width + x] = sum;
    }
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const { first, weights } = ys[y];
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = 0; k < weights.length; k++) sum += mid[(first + k) * width + x] * weights[k];
      out[y * width + x] = Math.min(255, Math.round(sum));
    }
  }
  return { width, height, data: out };
}

/** For each of `to` output cells, the source cells of `from` it covers and their weights (summing to 1). */
function spans(from: number, to: number): { first: number; weights: Float32Array }[] {
  const f = from / to;
  return Array.from({ length: to }, (_, i) => {
    const a = i * f;
    const b = Math.min(from, (i + 1) * f);
    const first = Math.floor(a);
    const last = Math.min(from - 1, Math.ceil(b) - 1);
    const weights = new Float32Array(last - first + 1);
    for (let k = first; k <= last; k++) weights[k - first] = (Math.min(b, k + 1) - Math.max(a, k)) / (b - a);
    return { first, weights };
  });
}

/** Whether an RGB pixel is red ink (a seal impression): red clearly above green and blue. */
export function isRed(r: number, g: number, b: number): boolean {
  return r > 110 && r - g > 60 && r - b > 45;
}

/** Whether a pixel is reddish: seal ink including its pale, JPEG-blurred fringe (dropped from the OCR image). */
export function isReddish(r: number, g: number, b: number): boolean {
  return r > 100 && r - g > 35 && r - b > 25;
}

/**
 * Red ink of a page (seal impressions) as a mask, at full resolution (`scale` 1) or halved
 * (`scale` 2: a mask pixel is red when any of its four page pixels is, so thin seal strokes survive).
 */
export interface RedMask {
  width: number;
  height: number;
  scale: 1 | 2;
  data: Uint8Array;
  /** Red mask pixels. */
  count: number;
}

/** A page split in one pass: grey levels without red ink, their histogram, and the red ink. */
export interface SplitPage {
  gray: GrayImage;
  /** Pixels per grey level of `gray`. */
  histogram: Float64Array;
  red: RedMask;
}

/**
 * Splits a page image in one pass over its pixels: grey levels for OCR (luminance, except reddish
 * pixels, which become white, so a seal over a printed name does not turn the name into noise),
 * the grey histogram, and the mask of red ink (seals are found on it, not on the grey image).
 */
export function splitPage(image: PageImage, redScale: 1 | 2 = 1): SplitPage {
  const { width, height, data, channels } = image;
  const gray = new Uint8Array(width * height);
  const histogram = new Float64Array(256);
  const rw = redScale === 2 ? width >> 1 : width;
  const rh = redScale === 2 ? height >> 1 : height;
  const red = new Uint8Array(rw * rh);
  let count = 0;
  if (channels === 1) {
    gray.set(data.subarray(0, gray.length));
    for (let i = 0; i < gray.length; i++) histogram[gray[i]]++;
    return { gray: { width, height, data: gray }, histogram, red: { width: rw, height: rh, scale: redScale, data: red, count } };
  }
  const shift = redScale === 2 ? 1 : 0;
  for (let y = 0, i = 0, p = 0; y < height; y++) {
    const ry = y >> shift;
    const rowBase = ry * rw;
    for (let x = 0; x < width; x++, i++, p += channels) {
      const r = data[p];
      const g = data[p + 1];
      const b = data[p + 2];
      let v: number;
      if (channels === 4 && data[p + 3] < 16) v = 255;
      else if (isReddish(r, g, b)) {
        v = 255;
        if (isRed(r, g, b) && ry < rh) {
          const rx = x >> shift;
          if (rx < rw && red[rowBase + rx] === 0) {
            red[rowBase + rx] = 1;
            count++;
          }
        }
      } else v = (r * 77 + g * 150 + b * 29) >> 8;
      gray[i] = v;
      histogram[v]++;
    }
  }
  return { gray: { width, height, data: gray }, histogram, red: { width: rw, height: rh, scale: redScale, data: red, count } };
}

/** Otsu's threshold of a grey image (pixels ≤ threshold are ink). */
export function otsuThreshold(gray: GrayImage): number {
  const hist = new Float64Array(256);
  const step = gray.data.length > 4_000_000 ? 4 : 1;
  for (let i = 0; i < gray.data.length; i += step) hist[gray.data[i]]++;
  return otsuOfHistogram(hist);
}

/** Otsu's threshold of a grey histogram, kept within 60–200 (a page that is almost all paper has a degenerate histogram). */
export function otsuOfHistogram(hist: Float64Array): number {
  let n = 0;
  let sum = 0;
  for (let t = 0; t < 256; t++) {
    n += hist[t];
    sum += t * hist[t];
  }
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t];
    if (wB === 0) continue;
    const wF = n - wB;
    if (wF === 0) break;
    sumB += t * hist[t];
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return Math.min(200, Math.max(60, threshold));
}

/** Ink mask (1 = ink) at a threshold. */
export function inkMask(gray: GrayImage, threshold = otsuThreshold(gray)): Uint8Array {
  const out = new Uint8Array(gray.data.length);
  for (let i = 0; i < out.length; i++) out[i] = gray.data[i] <= threshold ? 1 : 0;
  return out;
}

/** PGM (P5) bytes of a grey image: what tesseract.js is given (leptonica reads it without decoding). */
export function toPgm(gray: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${gray.width} ${gray.height}\n255\n`);
  const out = new Uint8Array(header.length + gray.data.length);
  out.set(header, 0);
  out.set(gray.data, header.length);
  return out;
}

/**
 * Skew angle (degrees, positive = lines run down to the right, i.e. content turned clockwise) in [-maxDeg, maxDeg]: the angle whose
 * horizontal projection of ink is most peaked (text lines and table rules line up with rows).
 * Works on a 4× reduced ink mask, so it costs a few milliseconds per page.
 */
export function estimateSkew(gray: GrayImage, threshold = otsuThreshold(gray), maxDeg = 3, stepDeg = 0.1): number {
  const f = 4;
  const w = Math.floor(gray.width / f);
  const h = Math.floor(gray.height / f);
  if (w < 20 || h < 20) return 0;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // A reduced pixel is ink when any of its 4×4 source pixels is.
      let ink = false;
      for (let dy = 0; dy < f && !ink; dy++) {
        const row = (y * f + dy) * gray.width + x * f;
        for (let dx = 0; dx < f; dx++) if (gray.data[row + dx] <= threshold) { ink = true; break; }
      }
      if (ink) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 50) return 0;
  let bestAngle = 0;
  let bestScore = -1;
  const bins = new Float64Array(h * 2 + w);
  for (let a = -maxDeg; a <= maxDeg + 1e-9; a += stepDeg) {
    const t = Math.tan((a * Math.PI) / 180);
    bins.fill(0);
    const offset = Math.ceil(Math.abs(t) * w);
    for (let i = 0; i < xs.length; i++) bins[Math.round(ys[i] - xs[i] * t) + offset]++;
    let score = 0;
    for (let i = 1; i < bins.length; i++) {
      const d = bins[i] - bins[i - 1];
      score += d * d;
    }
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && Math.abs(a) < Math.abs(bestAngle))) {
      bestScore = score;
      bestAngle = a;
    }
  }
  return Math.round(bestAngle * 100) / 100;
}

/**
 * Rotates an image's content by `deg` about the centre (positive = clockwise on screen, as y points
 * down; `rotateGray(img, -estimateSkew(img))` deskews), same size, white fill, nearest neighbour.
 */
export function rotateGray(gray: GrayImage, deg: number): GrayImage {
  if (deg === 0) return gray;
  const { width: w, height: h, data: src } = gray;
  const out = new Uint8Array(w * h).fill(255);
  const rad = (deg * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const cx = w / 2;
  const cy = h / 2;
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    // Source of destination (x, y): the destination rotated back by -deg about the centre.
    let sx = cx - cos * cx + sin * dy;
    let sy = cy + sin * cx + cos * dy;
    for (let x = 0; x < w; x++, sx += cos, sy -= sin) {
      const ix = Math.round(sx);
      const iy = Math.round(sy);
      if (ix >= 0 && iy >= 0 && ix < w && iy < h) out[y * w + x] = src[iy * w + ix];
    }
  }
  return { width: w, height: h, data: out };
}

/** Share of ink pixels (0–1) inside a box of a mask. */
export function inkShare(mask: Uint8Array, width: number, box: Box): number {
  const [x0, y0, x1, y1] = box;
  let ink = 0;
  let all = 0;
  for (let y = Math.max(0, y0); y < y1; y++) {
    for (let x = Math.max(0, x0); x < Math.min(width, x1); x++) {
      all++;
      ink += mask[y * width + x];
    }
  }
  return all === 0 ? 0 : ink / all;
}
