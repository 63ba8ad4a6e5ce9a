import { decodeToken, type DecodedToken } from '../core';
import { packDecoded } from './decode-transfer';
import type { DecodeRequest, DecodeResponse } from './decode-messages';

/** Texts arriving, by key; each is decoded once its last piece is in. */
const arriving = new Map<number, string>();
/** The last few large tokens decoded here, by key, for inspections that name them. */
const kept = new Map<number, DecodedToken>();
const KEPT_TOKENS = 2;

/** The worker's side of a large decode: joins the pieces, decodes, keeps the token, answers in pieces. */
export function answerDecode(request: DecodeRequest, post: (response: DecodeResponse) => void): void {
  const { key } = request;
  // Only the newest text is wanted: the page stops sending an older one's pieces.
  for (const older of arriving.keys()) if (older !== key) arriving.delete(older);
  const text = (arriving.get(key) ?? '') + request.piece;
  if (!request.isLast) {
    arriving.set(key, text);
    return;
  }
  arriving.delete(key);
  try {
    const decoded = decodeToken(text);
    kept.set(key, decoded);
    for (const old of kept.keys()) if (kept.size > KEPT_TOKENS) kept.delete(old);
    const { packed, pieces } = packDecoded(decoded, text);
    post({ kind: 'decode-large', key, type: 'token', packed });
    pieces.forEach((stringPieces, index) => {
      for (const piece of stringPieces) post({ kind: 'decode-large', key, type: 'piece', index, piece });
    });
  } catch (error) {
    post({ kind: 'decode-large', key, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** A large token decoded here earlier, or undefined when it is no longer kept. */
export function keptDecoded(key: number): DecodedToken | undefined {
  return kept.get(key);
}
