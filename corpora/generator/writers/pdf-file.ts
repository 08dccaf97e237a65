/**
 * Low-level PDF 1.4 serialisation for the PDF writer: numbered objects, the xref table, the
 * trailer, the non-embedded STSong-Light font objects and UCS-2 hex strings.
 * Everything written is ASCII except the binary marker comment in the header.
 */
import { createHash } from 'node:crypto';

/** Collects indirect objects; object numbers start at 1 in the order they are added or reserved. */
export class PdfObjects {
  private readonly bodies: (string | undefined)[] = [];

  /** Reserves an object number whose body is set later with `set` (for forward references). */
  reserve(): number {
    this.bodies.push(undefined);
    return this.bodies.length;
  }

  add(body: string): number {
    this.bodies.push(body);
    return this.bodies.length;
  }

  set(num: number, body: string): void {
    this.bodies[num - 1] = body;
  }

  /** A stream object with an exact /Length (content is ASCII, so characters = bytes). */
  addStream(content: string, dict = ''): number {
    return this.add(`<< ${dict}${dict ? ' ' : ''}/Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  }

  /** Serialises header, objects, xref table and trailer. `trailer` is extra trailer dictionary content. */
  toBuffer(rootNum: number, trailer = ''): Buffer {
    let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
    const offsets: number[] = [];
    this.bodies.forEach((body, i) => {
      if (body === undefined) throw new Error(`PDF object ${i + 1} was reserved but never set`);
      offsets.push(Buffer.byteLength(out, 'latin1'));
      out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xrefOffset = Buffer.byteLength(out, 'latin1');
    const size = this.bodies.length + 1;
    // Each xref entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, type, CR LF.
    out += `xref\n0 ${size}\n0000000000 65535 f\r\n`;
    for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n\r\n`;
    out += `trailer\n<< /Size ${size} /Root ${rootNum} 0 R${trailer ? ` ${trailer}` : ''} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
    return Buffer.from(out, 'latin1');
  }
}

/**
 * Adds the Type0 font: /Encoding /UniGB-UCS2-H (2-byte UCS-2 codes) over the non-embedded
 * CIDFontType0 STSong-Light (Adobe-GB1-2). UniGB-UCS2-H maps U+0020..U+007E to CIDs 1..95,
 * which /W gives a width of 500; every other CID uses /DW 1000.
 * Returns the object number of the Type0 font.
 */
export function addStSongFont(objects: PdfObjects): number {
  const descriptor = objects.add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
      '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  const cidFont = objects.add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> ' +
      `/FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500] >>`,
  );
  return objects.add(
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H ' +
      `/DescendantFonts [${cidFont} 0 R] >>`,
  );
}

/** Text as a hex string of UCS-2 code units; characters outside the BMP become '?'. */
export function ucs2Hex(text: string): string {
  let hex = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    hex += (code > 0xffff ? 0x3f : code).toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${hex}>`;
}

/** A text string for the document information dictionary: UTF-16BE with BOM, as hex. */
export function utf16Hex(text: string): string {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
  return `<${bytes.toString('hex').toUpperCase()}>`;
}

/** Number formatting for content streams: at most two decimals, no exponent, no trailing zeros. */
export function num(value: number): string {
  const fixed = value.toFixed(2);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Deterministic "random" bytes (SHA-256 in counter mode) so generated files are reproducible. */
function pseudoRandomBytes(seed: string, length: number): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0; chunks.length * 32 < length; i++) chunks.push(createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.concat(chunks).subarray(0, length);
}

/**
 * A one-page PDF whose trailer has a Standard security handler /Encrypt dictionary
 * (/V 1 /R 2, 40-bit RC4, /P -4) with /O and /U set to 32 random-looking bytes. No password
 * (not even the empty user password) validates against /U, so readers ask for a password:
 * pdf.js rejects with PasswordException ("No password given"), which pdf-parse rethrows as
 * its own PasswordException. The strings are fixed per `seed`, so the output is reproducible.
 */
export function writeEncryptedPdfStub(seed = 'encrypted-stub'): Buffer {
  const objects = new PdfObjects();
  const catalog = objects.reserve();
  const pages = objects.reserve();
  const content = objects.addStream('');
  const page = objects.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595.28 841.89] /Contents ${content} 0 R /Resources << >> >>`);
  objects.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  objects.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
  const hex = (b: Buffer): string => `<${b.toString('hex').toUpperCase()}>`;
  const encrypt = objects.add(
    `<< /Filter /Standard /V 1 /R 2 /O ${hex(pseudoRandomBytes(`${seed}:O`, 32))} ` +
      `/U ${hex(pseudoRandomBytes(`${seed}:U`, 32))} /P -4 >>`,
  );
  const id = hex(pseudoRandomBytes(`${seed}:ID`, 16));
  return objects.toBuffer(catalog, `/Encrypt ${encrypt} 0 R /ID [${id} ${id}]`);
}
