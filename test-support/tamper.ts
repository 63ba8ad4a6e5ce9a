/**
 * Test-only tampering: change one base64url character of a token so the decoded bytes change too.
 * A character in the middle of a segment carries 6 bits that all belong to decoded bytes, so the
 * result is still canonical base64url — the token is changed, not made unreadable.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The segment with its middle character replaced by the next one in the base64url alphabet. */
export function flipMiddle(segment: string): string {
  if (segment.length < 2) throw new Error('segment too short to tamper with');
  const index = Math.floor(segment.length / 2);
  const next = ALPHABET[(ALPHABET.indexOf(segment.charAt(index)) + 1) % ALPHABET.length] ?? 'A';
  return `${segment.slice(0, index)}${next}${segment.slice(index + 1)}`;
}

/** A compact token with segment `index` (0 = header) flipped. */
export function tamperCompact(token: string, index: number): string {
  return token
    .split('.')
    .map((segment, i) => (i === index ? flipMiddle(segment) : segment))
    .join('.');
}

/**
 * A JSON-serialized token with one base64url member flipped: `member` of the top level, or of the first
 * signature or recipient when the top level has none.
 */
export function tamperJson(token: string, member: string): string {
  const doc = JSON.parse(token) as Record<string, unknown>;
  const entries = doc.signatures ?? doc.recipients;
  const owner =
    typeof doc[member] === 'string' || !Array.isArray(entries) ? doc : (entries[0] as Record<string, unknown>);
  const value = owner[member];
  if (typeof value !== 'string') throw new Error(`no member ${member}`);
  owner[member] = flipMiddle(value);
  return JSON.stringify(doc);
}
