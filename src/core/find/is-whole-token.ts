import type { DecodedToken } from '../types';

/** Characters of a token, and the ones a bad copy puts in one ('=', '+', '/', '%'). */
const TOKEN_SHAPED = /^[A-Za-z0-9_\-.~=+/%]+$/;
/** Another token starting after a character no token holds: `eyJ…&access_token=eyJ…` is two, not one. */
const SECOND_TOKEN = /[^A-Za-z0-9_\-.~+/]eyJ/;

/**
 * Whether pasted text is to be judged whole rather than searched for tokens: a JWS/JWE JSON serialization,
 * or one word — starting with "ey" (the base64url of a JSON header's "{"), line breaks apart, with no
 * second token starting inside it. Such a word is decoded whole even when a character in it is bad: the
 * decoder's error at that exact position is worth more than a shorter token cut at that character. A space
 * inside it (a copy from a PDF or a wrapped terminal) keeps it whole too, as long as no piece after the
 * space starts another token ("eyJ") or holds anything but token characters.
 */
export function isWholeToken(decoded: DecodedToken): boolean {
  const text = decoded.input.text;
  if (text.startsWith('{')) return decoded.format !== 'unknown';
  // Lines continued with indentation are a wrapped copy: the search joins them and says what it removed.
  if (!text.startsWith('ey') || /\n[ \t]+\S/.test(text)) return false;
  const pieces = text.split(/\s+/);
  // One word is one token, whatever character is bad in it, unless a second token starts inside it.
  if (pieces.length === 1) return !SECOND_TOKEN.test(text);
  return pieces.every((piece, index) => TOKEN_SHAPED.test(piece) && (index === 0 || !piece.startsWith('eyJ')));
}
