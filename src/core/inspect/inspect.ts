import { checkClaims } from '../claims/check-claims';
import { decodeToken } from '../decode/decode-token';
import { looksLikeCompactToken } from '../decode/looks-like-compact-token';
import { decodeUtf8 } from '../encoding/utf8';
import { makeFinding } from '../findings/make-finding';
import { parseJson } from '../json/parse-json';
import { parseJwks, parseKeyInput, type ParsedKeyInput } from '../keys';
import type { DecodedToken, Finding } from '../types';
import { checkHeaderKeys } from './check-header-keys';
import { decryptJweLayer } from './decrypt-jwe-layer';
import { buildHeadline } from './headline';
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
  const decoded = decodeToken(input);
  const findings: Finding[] = decoded.findings.map((f) => ({ ...f, layer: 0 }));
  const layers: Layer[] = [];
  let signature: SignatureVerdict = 'not-applicable';
  let decryption: DecryptionVerdict = 'not-applicable';
  let payload: Inspection['payload'] = null;
  let innermostHeader: Record<string, unknown> | null = null;

  if (decoded.format !== 'unknown') {
    const verificationKeys = lazyKeys(async () =>
      mergeKeys(
        await parseOptional(options.verificationKey, options, 'Verification key'),
        options.jwks === undefined ? null : await parseJwks(options.jwks),
      ),
    );
    const decryptionKeys = lazyKeys(() => parseOptional(options.decryptionKey, options, 'Decryption key'));
    let current: DecodedToken = decoded;
    for (let depth = 0; depth < MAX_LAYERS; depth += 1) {
      findings.push(...checkHeaderKeys(current.header, depth));
      innermostHeader = current.header;
      if (current.format.startsWith('jws')) {
        const keys = await verificationKeys(findings);
        const result = await verifyJwsLayer(current, keys.candidates, options, depth);
        layers.push(result.layer);
        findings.push(...result.findings);
        signature = result.layer.verdict as SignatureVerdict;
        payload = readJwsPayload(current, options.detachedPayload);
        if (depth > 0 && signature === 'unsecured') {
          findings.push(
            makeFinding(
              'nested-inner-unsecured',
              'The token inside the JWE is unsecured (alg "none"): encrypted, but nobody vouches for its claims.',
              { layer: depth },
            ),
          );
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
  }

  const claimsReport =
    payload?.json === undefined
      ? null
      : checkClaims(payload.json, innermostHeader, {
          expected: options.expected ?? {},
          now: options.now ?? Math.floor(Date.now() / 1000),
          clockToleranceSec: options.clockToleranceSec ?? 60,
        });
  if (claimsReport) findings.push(...claimsReport.findings.map((f) => ({ ...f, layer: layers.length - 1 })));
  const report = {
    format: decoded.format,
    layers,
    payload,
    signature,
    decryption,
    claims: claimsReport?.verdict ?? 'not-applicable',
    claimChecks: claimsReport?.checks ?? [],
    findings,
  } satisfies Omit<Inspection, 'headline'>;
  return { ...report, headline: buildHeadline(report) };
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
  label: string,
): Promise<ParsedKeyInput> {
  if (text === undefined || text.trim() === '') return { candidates: [], findings: [] };
  const parsed = await parseKeyInput(text, options.secretEncoding ? { secretEncoding: options.secretEncoding } : {});
  // `at` points into the key text, not the token: drop it so no editor underlines the token there.
  return {
    candidates: parsed.candidates,
    findings: parsed.findings.map(({ at: _at, ...f }) => ({ ...f, message: `${label}: ${f.message}` })),
  };
}

function mergeKeys(a: ParsedKeyInput, b: ParsedKeyInput | null): ParsedKeyInput {
  if (!b) return a;
  return {
    candidates: [...a.candidates, ...b.candidates],
    findings: [...a.findings, ...b.findings.map(({ at: _at, ...f }) => ({ ...f, message: `JWKS: ${f.message}` }))],
  };
}

/** A JWE's plaintext is a token when `cty` says JWT (RFC 7519 §5.2) or it plainly is one. */
function isNested(header: Record<string, unknown> | null, plaintext: string): boolean {
  const cty = header && Object.hasOwn(header, 'cty') ? header.cty : undefined;
  const saysJwt = typeof cty === 'string' && /^(application\/)?jwt$/i.test(cty);
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
