/// <reference lib="webworker" />
import { inspectDecoded, type DecodedToken, type Inspection, type InspectOptions } from '../core';

export interface InspectRequest {
  id: number;
  decoded: DecodedToken;
  options: InspectOptions;
}

export type InspectResponse =
  { id: number; ok: true; inspection: Inspection } | { id: number; ok: false; message: string };

// WebCrypto (and PBKDF2 for PBES2 tokens) runs here, off the main thread, so typing never stalls.
self.onmessage = async (event: MessageEvent<InspectRequest>) => {
  const { id, decoded, options } = event.data;
  let response: InspectResponse;
  try {
    response = { id, ok: true, inspection: await inspectDecoded(decoded, options) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
