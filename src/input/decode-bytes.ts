// Bytes to text. Article files are UTF-8 except the odd legacy file in Windows-1252 (one BBC
// file has a bare 0xA3 pound sign), so we decode strictly as UTF-8 and fall back to
// Windows-1252 rather than print U+FFFD. Binary files are refused, not turned into noise.

export class BinaryContentError extends Error {
  override readonly name = 'BinaryContentError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

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
    return cp1252.decode(bytes);
  }
}
