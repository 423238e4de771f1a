// Bytes to text. Article files are UTF-8 except the odd legacy file in Windows-1252 (one BBC
// file has a bare 0xA3 pound sign), so we decode strictly as UTF-8 and fall back to
// Windows-1252 rather than print U+FFFD. Binary files are refused, not turned into noise.

export class BinaryContentError extends Error {
  override readonly name = 'BinaryContentError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const latin1 = new TextDecoder('latin1');

// Node 20's 'windows-1252' decoder is plain Latin-1 and turns 0x80-0x9F into C1 controls, so
// the 27 characters where Windows-1252 differs are mapped here (0x81, 0x8D, 0x8F, 0x90, 0x9D
// are unassigned and stay as they are).
const CP1252_HIGH: Record<number, string> = {
  0x80: '\u20AC', 0x82: '\u201A', 0x83: '\u0192', 0x84: '\u201E', 0x85: '\u2026', 0x86: '\u2020',
  0x87: '\u2021', 0x88: '\u02C6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
  0x8e: '\u017D', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201C', 0x94: '\u201D', 0x95: '\u2022',
  0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02DC', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203A',
  0x9c: '\u0153', 0x9e: '\u017E', 0x9f: '\u0178',
};

export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? c);
}

/** How much of the head of a file decides whether it is binary. */
const SNIFF_BYTES = 8192;

/** True when the bytes look like a binary file: a NUL byte or many control bytes in the head. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Control bytes other than tab, LF, FF, CR (and ESC, still seen in old text files).
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Decode file bytes; throws `BinaryContentError` for binary data. UTF-16 with BOM is also read. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  if (looksBinary(bytes)) throw new BinaryContentError('the file looks binary (NUL or control bytes), not text');
  try {
    return utf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
