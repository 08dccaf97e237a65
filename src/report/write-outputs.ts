/** Writing the outputs of a run: the output folder (OutputFolder), its errors, the formats and the safe folder names. */
export { safeId } from '../model/safe-id.js';
export { FORMATS, type Format } from '../model/output-names.js';
export { OutputFolder } from './output-folder.js';
export { OutputError } from './output-error.js';
