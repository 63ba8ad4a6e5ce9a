/// <reference lib="webworker" />
import { inspect, type Inspection, type InspectOptions } from '../core';

export interface InspectRequest {
  id: number;
  input: string;
  options: InspectOptions;
}

export type InspectResponse =
  { id: number; ok: true; inspection: Inspection } | { id: number; ok: false; message: string };

// WebCrypto (and PBKDF2 for PBES2 tokens) runs here, off the main thread, so typing never stalls.
self.onmessage = async (event: MessageEvent<InspectRequest>) => {
  const { id, input, options } = event.data;
  let response: InspectResponse;
  try {
    response = { id, ok: true, inspection: await inspect(input, options) };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
