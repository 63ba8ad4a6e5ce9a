import { makeFinding } from '../findings/make-finding';
import type { DecodedToken, Finding } from '../types';

/** A path step, a NUL, or SQL quoting and comment marks: what a kid looked up as a key never needs. */
const INJECTION = /\.\.[/\\]|\0|['";]|--(\s|$)|\/\*/;

/**
 * A compact JWS whose kid holds path or SQL characters, the shape of a kid injection (RFC 8725 §3.10). Run by
 * the inspector (in its worker), not by the decoder, so this lint stays out of the entry chunk.
 */
export function findAttackShapes(decoded: DecodedToken): Finding[] {
  const kid = decoded.format === 'jws-compact' ? decoded.header?.kid : undefined;
  if (typeof kid !== 'string' || !INJECTION.test(kid)) return [];
  const message = `Header "kid" ${JSON.stringify(kid)} holds path or SQL characters.`;
  return [makeFinding('kid-suspicious', message, { part: 'header', name: 'kid' })];
}
