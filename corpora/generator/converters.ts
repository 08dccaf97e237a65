/**
 * Other programs that write the same documents: LibreOffice (DOCX → PDF, as an office suite
 * exports them) and pandoc (HTML → DOCX, plain tables and pandoc's own styles). Both are optional
 * system tools; `toolPath` tells whether one is installed.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { specToHtml } from './spec-html.js';
import type { DocSpec } from './spec.js';

const run = promisify(execFile);

/** The absolute path of an executable on PATH, or null. */
export async function toolPath(name: string): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      await run('test', ['-x', candidate]);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/**
 * Converts DOCX files to PDF with one headless LibreOffice run (a private user profile, so that a
 * running office instance or a stale lock does not interfere). Returns the PDFs in input order.
 */
export async function sofficeToPdf(docxFiles: readonly Buffer[], timeoutMs = 300_000): Promise<Buffer[]> {
  if (docxFiles.length === 0) return [];
  const work = await mkdtemp(path.join(tmpdir(), 'soffice-'));
  try {
    const inputs = docxFiles.map((_, i) => path.join(work, `doc-${String(i).padStart(3, '0')}.docx`));
    await Promise.all(inputs.map((file, i) => writeFile(file, docxFiles[i])));
    const profile = `file://${path.join(work, 'profile')}`;
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, ...inputs], { timeout: timeoutMs });
    return await Promise.all(inputs.map((file) => readFile(file.replace(/\.docx$/u, '.pdf'))));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Writes a spec as DOCX through pandoc (HTML in, pandoc's default reference document's styles). */
export async function pandocDocx(spec: DocSpec): Promise<Buffer> {
  const work = await mkdtemp(path.join(tmpdir(), 'pandoc-'));
  try {
    const html = path.join(work, 'in.html');
    const out = path.join(work, 'out.docx');
    await writeFile(html, specToHtml(spec));
    // A fixed SOURCE_DATE_EPOCH keeps the package's dates, and so its bytes, the same on every run.
    await run('pandoc', ['--from', 'html', '--to', 'docx', '--output', out, html], { timeout: 60_000, env: { ...process.env, SOURCE_DATE_EPOCH: '1577836800' } });
    return await readFile(out);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Style of the page a browser prints: CJK serif text, ruled tables (as forms are laid out on the web). */
const PRINT_CSS = 'body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:12pt;margin:2cm}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:3pt;vertical-align:top}';

/** Prints a spec's HTML to PDF with headless Chromium, as a browser's print-to-PDF lays it out. */
export async function chromiumPdf(spec: DocSpec): Promise<Buffer> {
  const work = await mkdtemp(path.join(tmpdir(), 'chromium-'));
  try {
    const html = path.join(work, 'in.html');
    const out = path.join(work, 'out.pdf');
    await writeFile(html, specToHtml(spec).replace('</head>', `<style>${PRINT_CSS}</style></head>`));
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${path.join(work, 'profile')}`, '--no-pdf-header-footer'];
    await run('chromium', [...flags, `--print-to-pdf=${out}`, `file://${html}`], { timeout: 120_000 });
    return await readFile(out);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
