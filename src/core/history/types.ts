import type { TokenKind } from '../decode/read-token-facts';

/** What a token is, as the history lists it. */
export type HistoryKind = TokenKind;

/**
 * One remembered token: the token text and what can be read from it without any key. Never a key, a
 * secret, a password or a decrypted payload: `iss` and `exp` come from a JWS payload only.
 */
export interface HistoryEntry {
  /** The token as pasted, without what was removed around it (white space, "Bearer "). The entry's identity. */
  token: string;
  /** Where it was found ("Authorization header of GET …"), when it came from "Tokens found". */
  label: string | null;
  kind: HistoryKind;
  iss: string | null;
  /** NumericDate (seconds) from the payload. */
  exp: number | null;
  /** When it was inspected, in milliseconds since 1970. */
  seenAt: number;
}
