// The content hash of an article: re-ingesting unchanged text gives the same hash, so stores
// can skip it; any change in title or body gives a new one.
import { createHash } from 'node:crypto';

export function sha256Hex(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** sha256 hex of the body, preceded by the title and a blank line when there is a title. */
export function articleHash(text: string, title?: string): string {
  return sha256Hex(title ? `${title}\n\n${text}` : text);
}
