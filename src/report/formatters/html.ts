/** The HTML outputs: report.html for one submission and index.html for the batch (html-report.ts, html-index.ts). */
export { reportHtml } from './html-report.js';
export { batchIndexHtml } from './html-index.js';
