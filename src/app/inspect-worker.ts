/// <reference lib="webworker" />
import { inspectDecoded, type DecodedToken, type Inspection, type InspectOptions } from '../core';
import { answerDecode, keptDecoded } from './answer-decode';
import { isAboutDecode, type DecodeRequest } from './decode-messages';
import { packLongStrings, type Packed } from './decode-transfer';
import { answerCommonSecrets } from './secrets/answer-common-secrets';
import { isAboutSecrets, type SecretsRequest } from './secrets/common-secrets-messages';

/** The decoded token itself, or the key of a large one decoded here (answer-decode.ts). */
export type InspectRequest = { id: number; options: InspectOptions } & ({ decoded: DecodedToken } | { key: number });

/**
 * The inspection without its long strings, then those in pieces (decode-transfer.ts); `missing` when a
 * large token is no longer kept here, so the page sends it whole.
 */
export type InspectResponse =
  | { id: number; ok: true; packed: Packed<Inspection> }
  | { id: number; ok: 'piece'; index: number; piece: string }
  | { id: number; ok: false; message: string; missing?: true };

const post = (response: InspectResponse) => self.postMessage(response);

// WebCrypto (and PBKDF2 for PBES2 tokens) runs here, off the main thread, so typing never stalls.
self.onmessage = async (event: MessageEvent<InspectRequest | SecretsRequest | DecodeRequest>) => {
  // A large token's decode and "Try common secrets" run here too, beside inspections; their messages carry a `kind`.
  if (isAboutDecode(event.data)) return answerDecode(event.data, (response) => self.postMessage(response));
  if (isAboutSecrets(event.data)) return answerCommonSecrets(event.data, (response) => self.postMessage(response));
  const request = event.data;
  const { id, options } = request;
  const decoded = 'decoded' in request ? request.decoded : keptDecoded(request.key);
  if (!decoded) return post({ id, ok: false, message: 'The large token is no longer kept.', missing: true });
  try {
    const { packed, pieces } = packLongStrings(await inspectDecoded(decoded, options));
    post({ id, ok: true, packed });
    pieces.forEach((stringPieces, index) => {
      for (const piece of stringPieces) post({ id, ok: 'piece', index, piece });
    });
  } catch (error) {
    post({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
