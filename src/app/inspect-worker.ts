/// <reference lib="webworker" />
import { inspectDecoded, type DecodedToken, type Inspection, type InspectOptions } from '../core';
import { answerCommonSecrets } from './secrets/answer-common-secrets';
import { isAboutSecrets, type SecretsRequest } from './secrets/common-secrets-messages';

export interface InspectRequest {
  id: number;
  decoded: DecodedToken;
  options: InspectOptions;
}

export type InspectResponse =
  { id: number; ok: true; inspection: Inspection } | { id: number; ok: false; message: string };

// WebCrypto (and PBKDF2 for PBES2 tokens) runs here, off the main thread, so typing never stalls.
self.onmessage = async (event: MessageEvent<InspectRequest | SecretsRequest>) => {
  // "Try common secrets" runs here too, beside inspections; its messages carry a `kind`.
  if (isAboutSecrets(event.data)) return answerCommonSecrets(event.data, (response) => self.postMessage(response));
  const { id, decoded, options } = event.data;
  let response: InspectResponse;
  try {
    response = { id, ok: true, inspection: await inspectDecoded(decoded, options) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
