import type { Packed } from './decode-transfer';
import type { DecodedToken } from '../core';

/**
 * A large token is decoded in the inspection worker, which keeps the result: later inspections of it
 * name it by `key` instead of cloning megabytes across again. The text goes across in pieces, one short
 * task each (decode-transfer.ts); the answer comes back the same way.
 */
export type DecodeRequest = { kind: 'decode-large'; key: number; piece: string; isLast: boolean };

export type DecodeResponse =
  | { kind: 'decode-large'; key: number; type: 'token'; packed: Packed<DecodedToken> }
  | { kind: 'decode-large'; key: number; type: 'piece'; index: number; piece: string }
  | { kind: 'decode-large'; key: number; type: 'failed'; message: string };

/** Messages about a large decode carry this `kind` (checked before other kinds). */
export function isAboutDecode<T extends object>(message: T): message is Extract<T, { kind: 'decode-large' }> {
  return Object.hasOwn(message, 'kind') && (message as { kind?: unknown }).kind === 'decode-large';
}
