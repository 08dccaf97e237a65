/**
 * Grey page regions as the PP-OCR models' input tensors (N × 3 × H × W, float32): resampled
 * bilinearly to the model's size and normalised as PaddleOCR does. A grey image gives the same
 * value to the three colour planes, each with its own mean and deviation.
 */
import type { Box, GrayImage } from '../pixels.js';

/** A float32 image tensor of one image: 3 planes of `height` × `width`. */
export interface ImageTensor {
  data: Float32Array;
  width: number;
  height: number;
}

/** Detection input normalisation (ImageNet mean and deviation per plane). */
const DET_MEAN = [0.485, 0.456, 0.406] as const;
const DET_STD = [0.229, 0.224, 0.225] as const;

/** Recognition input height, and the widest line read in one go (longer lines are read in pieces). */
export const REC_HEIGHT = 48;
export const REC_MAX_WIDTH = 1600;

/**
 * Fills `planes` of an output tensor with the region `box` of `gray` resampled to `width` × `height`
 * (bilinear, pixel centres aligned; white outside the image). `map` turns a grey value 0–255 into the tensor value of each plane.
 */
function sample(gray: GrayImage, box: Box, width: number, height: number, map: (v: number, plane: number) => number, out: Float32Array): void {
  const [x0, y0, x1, y1] = box;
  const sx = (x1 - x0) / width;
  const sy = (y1 - y0) / height;
  const plane = width * height;
  // Outside the image is paper.
  const px = (x: number, y: number): number => (x < 0 || y < 0 || x >= gray.width || y >= gray.height ? 255 : gray.data[y * gray.width + x]);
  for (let j = 0; j < height; j++) {
    const fy = y0 + (j + 0.5) * sy - 0.5;
    const iy = Math.floor(fy);
    const wy = fy - iy;
    for (let i = 0; i < width; i++) {
      const fx = x0 + (i + 0.5) * sx - 0.5;
      const ix = Math.floor(fx);
      const wx = fx - ix;
      const top = px(ix, iy) * (1 - wx) + px(ix + 1, iy) * wx;
      const bottom = px(ix, iy + 1) * (1 - wx) + px(ix + 1, iy + 1) * wx;
      const v = top * (1 - wy) + bottom * wy;
      const at = j * width + i;
      out[at] = map(v, 0);
      out[plane + at] = map(v, 1);
      out[2 * plane + at] = map(v, 2);
    }
  }
}

/**
 * The detection input of a region: scaled so that its longer side is at most `maxSide` (never
 * enlarged beyond `maxScale`), each side rounded to a multiple of 32 as the network needs.
 * `scale` maps tensor pixels back to image pixels (image = region origin + tensor × scale).
 */
export function detectionTensor(gray: GrayImage, box: Box, maxSide: number, maxScale = 1): ImageTensor & { scaleX: number; scaleY: number } {
  const w = box[2] - box[0];
  const h = box[3] - box[1];
  const k = Math.min(maxScale, maxSide / Math.max(w, h));
  const width = Math.max(32, Math.round((w * k) / 32) * 32);
  const height = Math.max(32, Math.round((h * k) / 32) * 32);
  const data = new Float32Array(3 * width * height);
  sample(gray, box, width, height, (v, p) => (v / 255 - DET_MEAN[p]) / DET_STD[p], data);
  return { data, width, height, scaleX: w / width, scaleY: h / height };
}

/** The recognition input of one text line: height REC_HEIGHT, width keeping the aspect ratio (at least 16, at most REC_MAX_WIDTH). */
export function recognitionTensor(gray: GrayImage, box: Box): ImageTensor {
  const w = box[2] - box[0];
  const h = box[3] - box[1];
  const width = Math.min(REC_MAX_WIDTH, Math.max(16, Math.ceil((REC_HEIGHT * w) / Math.max(1, h))));
  const data = new Float32Array(3 * width * REC_HEIGHT);
  sample(gray, box, width, REC_HEIGHT, (v) => v / 127.5 - 1, data);
  return { data, width, height: REC_HEIGHT };
}
