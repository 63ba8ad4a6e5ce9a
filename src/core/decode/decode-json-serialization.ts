import { makeFinding } from '../findings/make-finding';
import { PARTS } from '../catalogue/parts';
import { isJsonObject } from '../json/is-json-object';
import type { DecodedEntry, DecodedPart, DecodedToken, Finding, JsonObject, NormalizedInput, PartName } from '../types';
import { buildEntry } from './build-entry';
import { checkJweHeader, checkJwsHeader } from './check-header';
import { decodePart, detachedPayload, type PartMode } from './decode-part';
import { describeJsonType } from './describe-json-type';

interface PartOptions {
  /** Signature or recipient index, in a general serialization with several. */
  entry?: number | undefined;
  /** Whether a missing member is an error. */
  required?: boolean;
  /** List the part before the others (the JWS payload, decoded last). */
  first?: boolean;
}

/**
 * Decodes the JWS (RFC 7515 §7.2) or JWE (RFC 7516 §7.2) JSON serialization, flattened or general.
 * The form is detected from the members present, so a "general" example without `recipients`
 * still decodes as the flattened form it really is.
 */
export function decodeJsonSerialization(
  input: NormalizedInput,
  doc: JsonObject,
  jsonFindings: Finding[],
): DecodedToken {
  const isJwe = Object.hasOwn(doc, 'ciphertext');
  const findings: Finding[] = [...jsonFindings];
  const parts: DecodedPart[] = [];
  const locate = (encoded: string) => locateString(input, encoded);

  const addPart = (
    name: PartName,
    value: unknown,
    mode: PartMode,
    options: PartOptions = {},
  ): DecodedPart | undefined => {
    const { entry, required = true, first = false } = options;
    if (value === undefined) {
      if (required)
        findings.push(
          makeFinding('serialization-invalid', `${PARTS[name].label}: the "${memberName(name)}" member is missing.`, {
            part: name,
          }),
        );
      return undefined;
    }
    if (typeof value !== 'string') {
      findings.push(
        makeFinding(
          'serialization-invalid',
          `${PARTS[name].label}: "${memberName(name)}" must be a base64url string, not ${describeJsonType(value)}.`,
          { part: name },
        ),
      );
      return undefined;
    }
    const result = decodePart({
      name,
      encoded: value,
      range: locate(value),
      mode,
      ...(entry === undefined ? {} : { entry }),
    });
    if (first) parts.unshift(result.part);
    else parts.push(result.part);
    findings.push(...result.findings);
    return result.part;
  };
  const addUnprotected = (value: unknown, entry?: number): JsonObject | null => {
    if (value === undefined) return null;
    if (!isJsonObject(value)) {
      findings.push(
        makeFinding('header-not-object', `Unprotected header is ${describeJsonType(value)}, not an object.`, {
          part: 'unprotected-header',
        }),
      );
      return null;
    }
    parts.push(inlineJsonPart('unprotected-header', value, entry));
    return value;
  };

  let header: JsonObject | null = null;
  let isUnsecured = false;
  const entries: DecodedEntry[] = [];
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

  if (isJwe) {
    const protectedPart = addPart('header', doc.protected, 'header', { required: false });
    const protectedHeader = jsonValue(protectedPart);
    const shared = addUnprotected(doc.unprotected);
    const recipients = Array.isArray(doc.recipients) ? doc.recipients : [doc];
    if (Object.hasOwn(doc, 'recipients') && !Array.isArray(doc.recipients)) {
      findings.push(makeFinding('serialization-invalid', '"recipients" must be an array.'));
    }
    const iv = addPart('iv', doc.iv, 'bytes', { required: false });
    const ciphertext = addPart('ciphertext', doc.ciphertext, 'bytes');
    const tag = addPart('tag', doc.tag, 'bytes', { required: false });
    const aad = addPart('aad', doc.aad, 'bytes', { required: false });
    const common = {
      ...optional('protected', text(doc.protected)),
      ...optional('unprotected', shared ?? undefined),
      ...optional('iv', text(doc.iv)),
      ...optional('tag', text(doc.tag)),
      ...optional('aad', text(doc.aad)),
    };
    const ciphertextText = text(doc.ciphertext);
    recipients.forEach((recipient: unknown, index) => {
      const entry = recipients.length > 1 ? index : undefined;
      if (!isJsonObject(recipient)) {
        findings.push(
          makeFinding(
            'serialization-invalid',
            `Recipient ${index + 1} is ${describeJsonType(recipient)}, not an object.`,
          ),
        );
        entries.push(
          buildEntry(
            {
              index,
              protectedPart,
              protectedHeader,
              unprotectedHeader: shared,
              parts: [],
              flattened: null,
              entry,
              missingPart: 'encrypted-key',
            },
            findings,
          ),
        );
        return;
      }
      const perRecipient = addUnprotected(recipient.header, entry);
      const encryptedKey = addPart('encrypted-key', recipient.encrypted_key ?? '', 'bytes', { entry });
      const unprotectedHeader = shared || perRecipient ? mergeHeaders(shared, perRecipient) : null;
      const built = buildEntry(
        {
          index,
          protectedPart,
          protectedHeader,
          unprotectedHeader,
          parts: [protectedPart, encryptedKey, iv, ciphertext, tag, aad],
          flattened:
            ciphertextText === undefined
              ? null
              : {
                  kind: 'jwe',
                  jwe: {
                    ...common,
                    ciphertext: ciphertextText,
                    ...optional('header', perRecipient ?? undefined),
                    ...optional('encrypted_key', text(recipient.encrypted_key) || undefined),
                  },
                },
          entry,
          missingPart: 'ciphertext',
        },
        findings,
      );
      entries.push(built);
      header ??= built.header;
      checkJweHeader(built.header, { 'encrypted-key': encryptedKey, iv, tag, ciphertext }, findings);
    });
  } else {
    const signatures = Array.isArray(doc.signatures) ? doc.signatures : [doc];
    if (Object.hasOwn(doc, 'signatures') && !Array.isArray(doc.signatures)) {
      findings.push(makeFinding('serialization-invalid', '"signatures" must be an array.'));
    }
    const pending: Array<
      Omit<Parameters<typeof buildEntry>[0], 'parts' | 'flattened'> & {
        own: Array<DecodedPart | undefined>;
        signature: string | undefined;
        rawHeader: JsonObject | undefined;
      }
    > = [];
    signatures.forEach((signature: unknown, index) => {
      const entry = signatures.length > 1 ? index : undefined;
      if (!isJsonObject(signature)) {
        findings.push(
          makeFinding(
            'serialization-invalid',
            `Signature ${index + 1} is ${describeJsonType(signature)}, not an object.`,
          ),
        );
        pending.push({
          index,
          protectedPart: undefined,
          protectedHeader: null,
          unprotectedHeader: null,
          entry,
          own: [],
          signature: undefined,
          rawHeader: undefined,
        });
        return;
      }
      const protectedPart = addPart('header', signature.protected, 'header', { entry, required: false });
      const unprotected = addUnprotected(signature.header, entry);
      const signaturePart = addPart('signature', signature.signature, 'bytes', { entry });
      const protectedHeader = jsonValue(protectedPart);
      const merged = mergeHeaders(protectedHeader, unprotected);
      pending.push({
        index,
        protectedPart,
        protectedHeader,
        unprotectedHeader: unprotected,
        entry,
        own: [protectedPart, signaturePart],
        signature: text(signature.signature),
        rawHeader: unprotected ?? undefined,
      });
      if (header === null) {
        header = merged;
        isUnsecured = checkJwsHeader(merged, signaturePart, findings);
      } else {
        checkJwsHeader(merged, signaturePart, findings);
      }
    });
    if (signatures.length === 0)
      findings.push(makeFinding('serialization-invalid', '"signatures" is empty: there is nothing to verify.'));
    // RFC 7797 §3: "b64" is read from the first protected header only, and all signatures share one payload.
    const firstProtected = pending[0]?.protectedHeader ?? null;
    const isUnencoded = firstProtected !== null && Object.hasOwn(firstProtected, 'b64') && firstProtected.b64 === false;
    // Decoded after the signatures, because their protected header says how (RFC 7797 §3), yet listed first.
    let payloadPart: DecodedPart | undefined;
    if (doc.payload === undefined) {
      // RFC 7515 Appendix F: detached content in the JSON serialization omits the "payload" member.
      const detached = detachedPayload(null, 'the "payload" member is absent');
      parts.unshift(detached.part);
      findings.push(...detached.findings);
    } else {
      payloadPart = addPart('payload', doc.payload, isUnencoded ? 'unencoded' : 'payload', { first: true });
    }
    const payload = text(doc.payload) ?? '';
    for (const { own, signature, rawHeader, ...source } of pending) {
      const protectedText = source.protectedPart ? text(source.protectedPart.encoded) : undefined;
      entries.push(
        buildEntry(
          {
            ...source,
            parts: [...own, payloadPart],
            flattened:
              signature === undefined
                ? null
                : {
                    kind: 'jws',
                    jws: {
                      payload,
                      signature,
                      ...optional('protected', protectedText),
                      ...optional('header', rawHeader),
                    },
                  },
            missingPart: 'signature',
          },
          findings,
        ),
      );
    }
  }

  return { format: isJwe ? 'jwe-json' : 'jws-json', input, header, parts, entries, isUnsecured, findings };
}

function memberName(name: PartName): string {
  return name === 'header' ? 'protected' : name.replace('-', '_');
}

function jsonValue(part: DecodedPart | undefined): JsonObject | null {
  const content = part?.content;
  return content?.type === 'json' && isJsonObject(content.value) ? content.value : null;
}

/** `{ name: value }` when there is a value, else nothing: optional members stay absent, never undefined. */
function optional<K extends string, V>(name: K, value: V | undefined): { [key in K]?: V } {
  return value === undefined ? {} : ({ [name]: value } as { [key in K]?: V });
}

/** Union of header members (RFC 7515 §7.2.1); `Object.fromEntries` keeps "__proto__" an ordinary key. */
function mergeHeaders(...headers: Array<JsonObject | null>): JsonObject {
  return Object.fromEntries(headers.flatMap((h) => (h ? Object.entries(h) : [])));
}

function inlineJsonPart(name: PartName, value: JsonObject, entry?: number): DecodedPart {
  return {
    name,
    label: PARTS[name].label,
    ...(entry === undefined ? {} : { entry }),
    range: null,
    encoded: '',
    byteLength: null,
    content: { type: 'json', text: JSON.stringify(value), value },
    explanation: PARTS[name].explanation,
    hasError: false,
  };
}

/** Finds where a member's string value sits in the pasted text, for underlining; null if absent. */
function locateString(input: NormalizedInput, value: string) {
  if (value.length === 0) return null;
  const at = input.text.indexOf(`"${value}"`);
  return at === -1 ? null : { start: input.offset + at + 1, end: input.offset + at + 1 + value.length };
}
