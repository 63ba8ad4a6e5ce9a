import type { ProfileContext } from '../profiles/types';
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
  /** Where it was found, in plain words ("Authorization header of GET https://…", "id_token in the token response", …). */
  label: string;
  role?: TokenRole;
  /** The request the token was sent with (or answered), from a curl command, a raw HTTP request or a HAR entry. */
  http?: { method: string; url: string };
  /** How the token was put back together: the line breaks (and indentation) or the chunk cookies removed. */
  joined?: { from: 'lines' | 'chunks'; count: number };
  /**
   * Tokens that came together share a group: one request (its Authorization and DPoP headers), one response
   * (a token response's id_token and access_token), one URL or form body.
   */
  group?: number;
  /** What the tokens and values found with it tell its profile rules (at_hash, ath, htm, htu, cnf.jkt, c_hash, s_hash). */
  context?: ProfileContext;
}

/** Says how far a long search has come; `done` and `total` count characters. */
export type FindProgress = (done: number, total: number) => void;
