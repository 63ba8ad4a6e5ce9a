import { findAttackShapes } from '../decode/check-attack-shapes';
import { decodeToken } from '../decode/decode-token';
import { looksLikeCompactToken } from '../decode/looks-like-compact-token';
import { decodeUtf8 } from '../encoding/utf8';
import { makeFinding } from '../findings/make-finding';
import { parseJson } from '../json/parse-json';
import { readString } from '../json/read-string';
import { parseJwks, parseKeyInput, type ParsedKeyInput } from '../keys';
import type { DecodedToken, Finding, FindingSource, JsonObject } from '../types';
import { computeLinkFacts, thumbprintHeaderJwk } from '../profiles/compute-link-facts';
import { resolveProfile, usesEmbeddedKey } from '../profiles/detect-profile';
import { normalizeContext } from '../profiles/normalize-context';
import { isJsonObject } from '../json/is-json-object';
import { inspectSdJwt } from '../sd-jwt/inspect-sd-jwt';
import { readTrustedX5cKey } from '../x509/read-trusted-x5c-key';
import { applyClaimChecks } from './apply-claim-checks';
import { decryptJweLayer } from './decrypt-jwe-layer';
import { findMisplacedKey } from './find-misplaced-key';
import type { DecryptionVerdict, Inspection, InspectOptions, Layer, SignatureVerdict } from './types';
import { verifyJwsLayer } from './verify-jws-layer';

/** A JWE inside a JWE inside a JWE is already more than any real issuer makes. */
const MAX_LAYERS = 4;

/**
 * Decodes, decrypts and verifies a token and checks its claims, reporting every finding at once
 * (RFC 7515 §5.2, RFC 7516 §5.2, RFC 7519 §7.2). Never throws on hostile input; never trusts a key the
 * token carries; makes no network request.
 */
export async function inspect(input: string, options: InspectOptions = {}): Promise<Inspection> {
  return inspectDecoded(decodeToken(input), options);
}

/** `inspect` for a token the caller has decoded already (the app decodes once, on the main thread). */
export async function inspectDecoded(decoded: DecodedToken, options: InspectOptions = {}): Promise<Inspection> {
  const findings: Finding[] = [...decoded.findings, ...findAttackShapes(decoded)].map((f) => ({ ...f, layer: 0 }));
  const readX5c = async (token: DecodedToken, layer: number): Promise<ParsedKeyInput> => {
    const x5c = await readTrustedX5cKey(
      token.header,
      options.trustAnchors,
      options.now ?? Math.floor(Date.now() / 1000),
      layer,
    );
    findings.push(...x5c.findings);
    if (x5c.candidates.length > 0) {
      const ignored = findings.findIndex(
        (f) => f.code === 'header-key-ignored' && f.name === 'x5c' && (f.layer ?? 0) === layer,
      );
      if (ignored >= 0) findings.splice(ignored, 1);
    }
    return x5c;
  };
  const layers: Layer[] = [];
  let signature: SignatureVerdict = 'not-applicable';
  let decryption: DecryptionVerdict = 'not-applicable';
  let payload: Inspection['payload'] = null;
  let innermostHeader: JsonObject | null = null;
  let sdJwt: Inspection['sdJwt'] = null;

  if (decoded.format !== 'unknown') {
    const verificationKeys = lazyKeys(async () =>
      mergeKeys(
        await parseOptional(options.verificationKey, options, 'verification-key'),
        options.jwks === undefined ? null : withSource(await parseJwks(options.jwks), 'jwks'),
      ),
    );
    const decryptionKeys = lazyKeys(() => parseOptional(options.decryptionKey, options, 'decryption-key'));
    let current: DecodedToken = decoded;
    for (let depth = 0; depth < MAX_LAYERS; depth += 1) {
      innermostHeader = current.header;
      if (current.format.startsWith('jws') || current.format.startsWith('sd-jwt')) {
        const claims = readClaimsSet(current);
        const embedded = usesEmbeddedKey(resolveProfile(options.profile, current.header, claims ?? {}))
          ? await readEmbeddedKey(current.header, findings, depth)
          : null;
        const keys = embedded ?? withTrustedX5c(await verificationKeys(findings), await readX5c(current, depth));
        const result = await verifyJwsLayer(
          current,
          keys.candidates,
          options,
          depth,
          embedded ? { thumbprint: embedded.thumbprint } : undefined,
        );
        layers.push(result.layer);
        findings.push(...result.findings);
        signature = result.layer.verdict as SignatureVerdict;
        payload = readJwsPayload(current, options.detachedPayload);
        if (current.sdJwt) {
          const sd = await inspectSdJwt(current.sdJwt, payload?.json, {
            ...(options.keyBinding ? { keyBinding: options.keyBinding } : {}),
            now: options.now ?? Math.floor(Date.now() / 1000),
            clockToleranceSec: options.clockToleranceSec ?? 60,
          });
          sdJwt = sd.report;
          findings.push(...sd.findings.map((f) => ({ ...f, layer: depth })));
          // What a verifier sees (RFC 9901 §7.1): the claim checks and the profile run on these.
          if (sd.claims) payload = { text: JSON.stringify(sd.claims, null, 2), json: sd.claims };
        }
        if (depth > 0 && signature === 'unsecured') {
          const message =
            'The token inside the JWE is unsecured (alg "none"): encrypted, but nobody vouches for its claims.';
          findings.push(makeFinding('nested-inner-unsecured', message, { layer: depth }));
        }
        break;
      }
      const keys = await decryptionKeys(findings);
      const result = await decryptJweLayer(current, keys.candidates, options, depth);
      layers.push(result.layer);
      findings.push(...result.findings);
      if (depth === 0) decryption = result.layer.verdict as DecryptionVerdict;
      if (!result.plaintext) break;
      const text = decodeUtf8(result.plaintext);
      const plaintext = text.ok ? text.text : null;
      const inner = plaintext !== null && isNested(current.header, plaintext) ? decodeToken(plaintext) : null;
      if (!inner || inner.format === 'unknown') {
        payload =
          plaintext === null ? { text: `(${result.plaintext.length} bytes of binary data)` } : toPayload(plaintext);
        break;
      }
      findings.push(...inner.findings.map((f) => ({ ...f, layer: depth + 1 })));
      current = inner;
    }
    if (decoded.format.startsWith('jwe')) {
      const misplaced = findMisplacedKey(
        { kind: 'jwe', headers: decoded.entries.map((e) => e.header) },
        {
          verification: isGiven(options.verificationKey)
            ? ownKeys(await verificationKeys(findings), 'verification-key')
            : null,
          decryption: isGiven(options.decryptionKey) ? ownKeys(await decryptionKeys(findings), 'decryption-key') : null,
        },
        { layer: 0 },
      );
      if (misplaced) findings.push(misplaced);
    }
  }

  const links =
    decoded.format === 'unknown'
      ? null
      : await computeLinkFacts(decoded.input.text, innermostHeader, normalizeContext(options.context));
  return applyClaimChecks(
    {
      format: decoded.format,
      layers,
      payload,
      signature,
      decryption,
      claims: 'not-applicable',
      claimChecks: [],
      findings,
      sdJwt,
      profile: links ? { id: 'jwt', by: 'default', reason: '', checks: [], links } : null,
      headline: '',
    },
    innermostHeader,
    options,
  );
}

/**
 * Keys from the user, and the key of the header's x5c leaf when its chain ends at one of the user's trust
 * anchors (RFC 7515 §4.1.6): then the decoder's "x5c is ignored" no longer holds and is replaced by the
 * chain's own findings.
 */
function withTrustedX5c(given: ParsedKeyInput, x5c: ParsedKeyInput): ParsedKeyInput {
  return x5c.candidates.length === 0 ? given : { ...given, candidates: [...x5c.candidates, ...given.candidates] };
}

/** The claims set of a decoded JWS, when its payload is a JSON object. */
function readClaimsSet(decoded: DecodedToken): JsonObject | null {
  const content = decoded.parts.find((p) => p.name === 'payload')?.content;
  return content?.type === 'json' && isJsonObject(content.value) ? content.value : null;
}

/**
 * A DPoP proof's own header key (RFC 9449 §4.3 step 6), the one key a token may bring: read like a pasted
 * JWK, labelled with its thumbprint, and said out loud in place of the decoder's `header-key-ignored`.
 */
async function readEmbeddedKey(
  header: JsonObject | null,
  findings: Finding[],
  layer: number,
): Promise<ParsedKeyInput & { thumbprint: string | null }> {
  const ignored = findings.findIndex(
    (f) => f.code === 'header-key-ignored' && f.name === 'jwk' && (f.layer ?? 0) === layer,
  );
  if (ignored >= 0) findings.splice(ignored, 1);
  const thumbprint = await thumbprintHeaderJwk(header);
  if (thumbprint.value === null || header === null) return { candidates: [], findings: [], thumbprint: null };
  const parsed = await parseKeyInput(JSON.stringify(header.jwk));
  const label = `the proof’s own header key (thumbprint ${thumbprint.value})`;
  const message = `This DPoP proof is verified with the jwk in its own header — the one case where a token’s key is used. A valid signature proves the sender holds key ${thumbprint.value}, not who they are; the access token’s cnf.jkt says whose key it is.`;
  findings.push(makeFinding('dpop-key-embedded', message, { layer, part: 'header', name: 'jwk' }));
  return {
    candidates: parsed.candidates.filter((c) => !c.isPrivate).map((c) => ({ ...c, label, source: 'token' })),
    findings: [],
    thumbprint: thumbprint.value,
  };
}

/** Parses key input once, on first need, and adds its findings to the report then. */
function lazyKeys(parse: () => Promise<ParsedKeyInput>) {
  let parsed: Promise<ParsedKeyInput> | null = null;
  return async (findings: Finding[]): Promise<ParsedKeyInput> => {
    if (parsed) return parsed;
    parsed = parse();
    findings.push(...(await parsed).findings);
    return parsed;
  };
}

async function parseOptional(
  text: string | undefined,
  options: InspectOptions,
  source: FindingSource,
): Promise<ParsedKeyInput> {
  if (text === undefined || text.trim() === '') return { candidates: [], findings: [] };
  const parsed = await parseKeyInput(text, options.secretEncoding ? { secretEncoding: options.secretEncoding } : {});
  return withSource(parsed, source);
}

/** Tags keys and their findings with the input they came from; a finding's `at` then points into that input. */
function withSource(parsed: ParsedKeyInput, source: FindingSource): ParsedKeyInput {
  return {
    candidates: parsed.candidates.map((candidate) => ({ ...candidate, source })),
    findings: parsed.findings.map((finding) => ({ ...finding, source, stage: 'key' })),
  };
}

const isGiven = (text: string | undefined) => text !== undefined && text.trim() !== '';

/** The keys read from one box, without those of a fetched key set merged with them. */
const ownKeys = (parsed: ParsedKeyInput, source: FindingSource) => parsed.candidates.filter((c) => c.source === source);

function mergeKeys(a: ParsedKeyInput, b: ParsedKeyInput | null): ParsedKeyInput {
  if (!b) return a;
  return { candidates: [...a.candidates, ...b.candidates], findings: [...a.findings, ...b.findings] };
}

/** A JWE's plaintext is a token when `cty` says JWT (RFC 7519 §5.2) or it plainly is one. */
function isNested(header: JsonObject | null, plaintext: string): boolean {
  const cty = readString(header, 'cty');
  const saysJwt = cty !== null && /^(application\/)?jwt$/i.test(cty);
  return saysJwt || looksLikeCompactToken(plaintext);
}

function readJwsPayload(decoded: DecodedToken, detached: string | undefined): Inspection['payload'] {
  const part = decoded.parts.find((p) => p.name === 'payload');
  const content = part?.content;
  if (!content) return detached === undefined ? null : toPayload(detached);
  if (content.type === 'json') return { text: content.text, json: content.value };
  if (content.type === 'text') return { text: content.text };
  return { text: content.hex };
}

function toPayload(text: string): NonNullable<Inspection['payload']> {
  const json = /^\s*[[{]/.test(text) ? parseJson(text) : null;
  return json?.ok ? { text, json: json.value } : { text };
}
