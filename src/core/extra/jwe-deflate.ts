import { errors } from 'jose';

/**
 * `zip: "DEF"` (RFC 7516 §4.1.3) as the jose path reads it: only "DEF", only in the protected header, and
 * errors worded as jose words them so both engines give the same findings.
 */
export function checkZip(
  header: Readonly<Record<string, unknown>>,
  protectedHeader: Readonly<Record<string, unknown>> | null,
): boolean {
  const zip = Object.hasOwn(header, 'zip') ? header.zip : undefined;
  if (zip === undefined) return false;
  if (zip !== 'DEF')
    throw new errors.JOSENotSupported('Unsupported JWE "zip" (Compression Algorithm) Header Parameter value.');
  if (protectedHeader === null || !Object.hasOwn(protectedHeader, 'zip')) {
    throw new errors.JWEInvalid('JWE "zip" (Compression Algorithm) Header Parameter MUST be in a protected header.');
  }
  return true;
}

async function transform(stream: CompressionStream | DecompressionStream, input: Uint8Array, maxBytes: number) {
  const writer = stream.writable.getWriter();
  writer.write(new Uint8Array(input)).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.byteLength;
    // Stops reading as soon as the limit is passed: a decompression bomb never expands in full (RFC 8725 §3.6).
    if (length > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new errors.JWEInvalid('Decompressed plaintext exceeded the configured limit');
    }
  }
  const output = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return output;
}

/** Raw DEFLATE (RFC 1951) through the platform's DecompressionStream, stopping past `maxBytes`. */
export async function inflate(input: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  if (maxBytes === 0)
    throw new errors.JOSENotSupported('JWE "zip" (Compression Algorithm) Header Parameter is not supported.');
  try {
    return await transform(new DecompressionStream('deflate-raw'), input, maxBytes);
  } catch (error) {
    if (error instanceof errors.JWEInvalid) throw error;
    throw new errors.JWEInvalid('Failed to decompress plaintext');
  }
}

export function deflate(input: Uint8Array): Promise<Uint8Array> {
  return transform(new CompressionStream('deflate-raw'), input, Infinity);
}
