import type { DecodedToken } from '../types';

/** Characters of a token, and the ones a bad copy puts in one ('=', '+', '/', '%'). */
const TOKEN_SHAPED = /^[A-Za-z0-9_\-.~=+/%]+$/;

/**
 * Whether pasted text is to be judged whole rather than searched for tokens: a JWS/JWE JSON serialization,
 * or one token-shaped word — starting with "ey" (the base64url of a JSON header's "{"), made of token
 * characters, line breaks apart. Such a word is decoded whole even when a character in it is bad: the
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
  return pieces.every((piece, index) => TOKEN_SHAPED.test(piece) && (index === 0 || !piece.startsWith('eyJ')));
}
