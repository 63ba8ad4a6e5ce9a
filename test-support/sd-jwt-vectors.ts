import { readdirSync, readFileSync } from 'node:fs';

/**
 * Test-only reader for `test-vectors/sd-jwt` (the examples of RFC 9901, Selective Disclosure for JWTs).
 * It only reads and checks the shape of the files; it decodes and verifies nothing. Every string is
 * returned exactly as stored: no trimming, no re-serialization of JSON inside base64url.
 */

export interface SdJwtVectorDisclosure {
  /** The Disclosure as it appears in the SD-JWT (base64url, no padding). */
  encoded: string;
  salt: string;
  /** The claim name, or null for an array-element Disclosure (two-element array). */
  name: string | null;
  value: unknown;
  /** base64url(SHA-256(ASCII of `encoded`)), as the RFC prints it. */
  digest: string;
}

export interface SdJwtVectorEncoding {
  description: string;
  encoded: string;
}

export interface SdJwtVector {
  /** File name under test-vectors/sd-jwt, e.g. "5.example_sd_jwt.json". */
  file: string;
  source: string;
  /** Public key that verifies `issuerSignedJwt` (RFC 9901 Appendix A.5); absent when nothing is signed. */
  issuerJwk: JsonWebKey | undefined;
  /** The Holder's public key (`cnf.jwk` of the payload), when the example uses Key Binding. */
  holderJwk: JsonWebKey | undefined;
  /** The JWT Claims Set the Issuer starts from, when the RFC prints it. */
  inputClaims: Record<string, unknown> | undefined;
  /** The Issuer-signed JWT payload as the RFC prints it (digests in place of the hidden claims). */
  issuerPayload: Record<string, unknown>;
  /** The Issuer-signed JWT alone (header.payload.signature), when the example is signed. */
  issuerSignedJwt: string | undefined;
  /** The SD-JWT as issued: `<Issuer-signed JWT>~<Disclosure>~…~`, when the RFC prints it. */
  sdJwt: string | undefined;
  /** What the Holder sends: an SD-JWT with selected Disclosures, ending with `~` or with a KB-JWT. */
  presentation: string | undefined;
  disclosures: SdJwtVectorDisclosure[];
  /** Digests in the payload that belong to no Disclosure. */
  decoyDigests: string[];
  /** Other valid encodings of the first Disclosure's salt, name and value (RFC 9901 §4.2.1). */
  equivalentEncodings: SdJwtVectorEncoding[];
  /** The KB-JWT's protected header and/or payload, as printed or decoded (see the file's notes). */
  kbJwt: { header: Record<string, unknown> | undefined; payload: Record<string, unknown> | undefined } | undefined;
  /** What the Verifier sees: for `presentation` if there is one, otherwise with every Disclosure. */
  processedPayload: Record<string, unknown> | undefined;
  /** What the Verifier sees when no Disclosure is received (only where the RFC says so). */
  processedPayloadWithoutDisclosures: Record<string, unknown> | undefined;
  /** True when the RFC prints only the decoded Disclosures and `encoded` was rebuilt from them. */
  encodedReconstructed: boolean;
  notes: string[];
}

type Json = Record<string, unknown>;

const ROOT = new URL('../test-vectors/sd-jwt/', import.meta.url);

/** Every vector file, in code-point order, which is RFC section order (4_…, 5., 6_…, A_…). */
export function readSdJwtVectorFiles(): string[] {
  return readdirSync(ROOT)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** Every vector, parsed and shape-checked. */
export function readSdJwtVectors(): SdJwtVector[] {
  return readSdJwtVectorFiles().map(readSdJwtVector);
}

/** The raw text of one file under test-vectors/sd-jwt, e.g. "A_3.sd_jwt_vc.json". */
export function readSdJwtVectorText(file: string): string {
  return readFileSync(new URL(file, ROOT), 'utf8');
}

/** One vector file, parsed and shape-checked, e.g. "5.example_sd_jwt.json". */
export function readSdJwtVector(file: string): SdJwtVector {
  const doc = asObject(JSON.parse(readSdJwtVectorText(file)), file);
  const at = (member: string) => `${file}: ${member}`;
  const kbJwt = optionalObject(doc.kbJwt, at('kbJwt'));
  return {
    file,
    source: asString(doc.source, at('source')),
    issuerJwk: optionalObject(doc.issuerJwk, at('issuerJwk')) as JsonWebKey | undefined,
    holderJwk: optionalObject(doc.holderJwk, at('holderJwk')) as JsonWebKey | undefined,
    inputClaims: optionalObject(doc.inputClaims, at('inputClaims')),
    issuerPayload: asObject(doc.issuerPayload, at('issuerPayload')),
    issuerSignedJwt: optionalString(doc.issuerSignedJwt, at('issuerSignedJwt')),
    sdJwt: optionalString(doc.sdJwt, at('sdJwt')),
    presentation: optionalString(doc.presentation, at('presentation')),
    disclosures: asArray(doc.disclosures, at('disclosures')).map((entry, i) =>
      readDisclosure(entry, at(`disclosures[${i}]`)),
    ),
    decoyDigests: asArray(doc.decoyDigests ?? [], at('decoyDigests')).map((d, i) =>
      asString(d, at(`decoyDigests[${i}]`)),
    ),
    equivalentEncodings: asArray(doc.equivalentEncodings ?? [], at('equivalentEncodings')).map((entry, i) => {
      const e = asObject(entry, at(`equivalentEncodings[${i}]`));
      return {
        description: asString(e.description, at(`equivalentEncodings[${i}].description`)),
        encoded: asString(e.encoded, at(`equivalentEncodings[${i}].encoded`)),
      };
    }),
    kbJwt:
      kbJwt === undefined
        ? undefined
        : {
            header: optionalObject(kbJwt.header, at('kbJwt.header')),
            payload: optionalObject(kbJwt.payload, at('kbJwt.payload')),
          },
    processedPayload: optionalObject(doc.processedPayload, at('processedPayload')),
    processedPayloadWithoutDisclosures: optionalObject(
      doc.processedPayloadWithoutDisclosures,
      at('processedPayloadWithoutDisclosures'),
    ),
    encodedReconstructed: doc.encodedReconstructed === true,
    notes: asArray(doc.notes, at('notes')).map((n, i) => asString(n, at(`notes[${i}]`))),
  };
}

function readDisclosure(entry: unknown, where: string): SdJwtVectorDisclosure {
  const d = asObject(entry, where);
  if (!Object.hasOwn(d, 'value')) throw new Error(`${where}: no value`);
  if (d.name !== null && typeof d.name !== 'string') throw new Error(`${where}.name: expected a string or null`);
  return {
    encoded: asString(d.encoded, `${where}.encoded`),
    salt: asString(d.salt, `${where}.salt`),
    name: d.name,
    value: d.value,
    digest: asString(d.digest, `${where}.digest`),
  };
}

function asObject(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${where}: expected an object`);
  return value as Json;
}

function optionalObject(value: unknown, where: string): Json | undefined {
  return value === undefined ? undefined : asObject(value, where);
}

function asArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected an array`);
  return value;
}

function asString(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where}: expected a string`);
  return value;
}

function optionalString(value: unknown, where: string): string | undefined {
  return value === undefined ? undefined : asString(value, where);
}
