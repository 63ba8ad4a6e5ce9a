/**
 * Just enough DER (ITU-T X.690 §8, §10) to read and re-wrap key containers: definite lengths, single-byte
 * tags, OBJECT IDENTIFIERs. Cryptography stays with jose and WebCrypto; this only moves bytes around.
 */

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  T61_STRING: 0x14,
  IA5_STRING: 0x16,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
  /** [0] EXPLICIT, constructed: X.509 version, SEC1 parameters. */
  CONTEXT_0: 0xa0,
  /** [1] EXPLICIT, constructed: SEC1 public key. */
  CONTEXT_1: 0xa1,
} as const;

/** One tag-length-value: `bytes.subarray(contentStart, end)` is its content. */
export interface DerElement {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

/** A structural problem, with the byte offset where it was found. */
export class DerError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
    this.name = 'DerError';
  }
}

/** Reads the element starting at `offset`, which must end by `limit` (X.690 §8.1). */
export function readElement(bytes: Uint8Array, offset: number, limit = bytes.length): DerElement {
  if (offset + 2 > limit) throw new DerError(offset, `the DER data ends early at byte ${offset}`);
  const tag = bytes[offset] ?? 0;
  if ((tag & 0x1f) === 0x1f)
    throw new DerError(offset, `byte ${offset} starts a multi-byte tag, which no key format uses`);
  const first = bytes[offset + 1] ?? 0;
  let length = first;
  let contentStart = offset + 2;
  if (first === 0x80) throw new DerError(offset + 1, `byte ${offset + 1} is an indefinite length, which DER forbids`);
  if (first > 0x80) {
    const count = first & 0x7f;
    if (count > 4) throw new DerError(offset + 1, `byte ${offset + 1} declares a ${count}-byte length, far too long`);
    if (contentStart + count > limit) throw new DerError(offset + 1, `the length at byte ${offset + 1} is cut off`);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[contentStart + i] ?? 0);
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) {
    throw new DerError(
      offset,
      `the element at byte ${offset} claims ${length} bytes but only ${limit - contentStart} follow`,
    );
  }
  return { tag, start: offset, contentStart, end };
}

/** Reads a whole buffer that must hold exactly one element of the given tag. */
export function readRoot(bytes: Uint8Array, tag: number, what: string): DerElement {
  const root = readElement(bytes, 0);
  expectTag(root, tag, what);
  if (root.end !== bytes.length) throw new DerError(root.end, `unexpected bytes follow ${what}, from byte ${root.end}`);
  return root;
}

/** The elements inside a constructed element (SEQUENCE, SET, [n]). */
export function readChildren(bytes: Uint8Array, parent: DerElement): DerElement[] {
  const children: DerElement[] = [];
  for (let offset = parent.contentStart; offset < parent.end;) {
    const child = readElement(bytes, offset, parent.end);
    children.push(child);
    offset = child.end;
  }
  return children;
}

export function contentOf(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.contentStart, element.end);
}

/** Throws unless the element has the tag; `what` names it in the message ("the curve OID"). */
export function expectTag(element: DerElement | undefined, tag: number, what: string): asserts element is DerElement {
  if (element === undefined) throw new DerError(-1, `${what} is missing`);
  if (element.tag !== tag) {
    throw new DerError(
      element.start,
      `expected ${what} (tag 0x${hex(tag)}) at byte ${element.start}, found tag 0x${hex(element.tag)}`,
    );
  }
}

/** Dotted form of an OBJECT IDENTIFIER's content octets (X.690 §8.19). */
export function decodeOid(content: Uint8Array): string {
  const arcs: number[] = [];
  let value = 0;
  for (const byte of content) {
    value = value * 128 + (byte & 0x7f);
    if (byte & 0x80) continue;
    if (arcs.length === 0) arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
    else arcs.push(value);
    value = 0;
  }
  return arcs.join('.');
}

/** Content octets of an OBJECT IDENTIFIER given in dotted form (X.690 §8.19). */
export function encodeOid(dotted: string): Uint8Array {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const out: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const groups = [arc % 128];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) groups.unshift((v % 128) | 0x80);
    out.push(...groups);
  }
  return Uint8Array.from(out);
}

/** One DER element: tag, definite length in the shortest form (X.690 §10.1), then the contents. */
export function encodeElement(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const length = contents.reduce((sum, part) => sum + part.length, 0);
  const lengthBytes: number[] = [];
  if (length < 0x80) {
    lengthBytes.push(length);
  } else {
    for (let v = length; v > 0; v = Math.floor(v / 256)) lengthBytes.unshift(v & 0xff);
    lengthBytes.unshift(0x80 | lengthBytes.length);
  }
  const out = new Uint8Array(1 + lengthBytes.length + length);
  out[0] = tag;
  out.set(lengthBytes, 1);
  let offset = 1 + lengthBytes.length;
  for (const part of contents) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}
