import type { SourceRange } from '../types';

/** What a found token most likely is, read from the name it was given in the surrounding text. */
export type TokenRole =
  | 'id_token'
  | 'access_token'
  | 'refresh_token'
  | 'dpop'
  | 'logout_token'
  | 'client_assertion'
  | 'request'
  | 'response'
  | 'token';

export interface FoundToken {
  token: string;
  /** From the token's first character to its last; for a joined token, it spans the line breaks or chunks. */
  at: SourceRange;
  /** Where it was found, in plain words ("Authorization header", "id_token in JSON", …). */
  label: string;
  role?: TokenRole;
  /** The request the token was sent with, when it sits in a curl command or a raw HTTP request. */
  http?: { method: string; url: string };
}
