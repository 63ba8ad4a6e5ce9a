import { SAMPLE_TOKEN } from '../app/sample-token';
import type { DecodedToken } from '../core';
import { decodeToken } from '../core/decode/decode-token';
import { readUrlToken } from '../core/input/read-url-token';
import { stripUrlTokens } from '../core/input/strip-url-tokens';

export interface FirstToken {
  text: string;
  decoded: DecodedToken;
  /** The app will say "The token was removed from the address bar." */
  removedFromUrl: boolean;
}

/**
 * The token the app will show first (app/use-app-effects.ts, loadInitialToken): the address's token, else
 * the built-in sample. Null when the first paint should leave the page to the app: an identity provider's
 * error (the app shows it above the sample), a text that is not a token, or one too long to decode here.
 */
export function readFirstToken(hash: string, search: string, maxChars: number): FirstToken | null {
  const intake = readUrlToken(hash, search);
  if (intake.kind === 'provider-error') return null;
  const text = intake.kind === 'token' ? intake.token : SAMPLE_TOKEN;
  if (text.length > maxChars) return null;
  const decoded = decodeToken(text);
  if (decoded.format === 'unknown') return null;
  // The app takes the token out of the address once it has read it, and says so under the editor.
  const removedFromUrl = intake.kind === 'token' && stripUrlTokens({ hash, search }) !== null;
  return { text, decoded, removedFromUrl };
}
