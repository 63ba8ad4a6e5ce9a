import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../types';
import { describeKey, ORIGIN_PHRASES } from './describe-key';
import { readJwk } from './read-jwk';
import type { KeyCandidate, ParsedKeyInput } from './types';

/**
 * Reads a JWK Set (RFC 7517 §5): one candidate per usable key. A key that cannot be used becomes a
 * `key-invalid` finding naming its index and kid, and the others stay usable (§5: "implementations
 * SHOULD ignore JWKs within a JWK Set that use kty values that are not understood").
 */
export async function parseJwks(doc: unknown, origin: 'jwks' = 'jwks'): Promise<ParsedKeyInput> {
  const keys = readKeysMember(doc);
  if (!Array.isArray(keys)) {
    return invalid('This is not a JWKS: a JWK Set is a JSON object with a "keys" array.');
  }
  if (keys.length === 0) return invalid('The JWKS has no keys ("keys" is empty).');

  const results = await Promise.all(keys.map((entry) => readJwk(entry)));
  const candidates: KeyCandidate[] = [];
  const findings: Finding[] = [];
  results.forEach((result, index) => {
    if (!result.ok) {
      const kid = readKid(keys[index]);
      const name = `keys[${index}]${kid === undefined ? '' : ` (kid "${kid}")`}`;
      findings.push(makeFinding('key-invalid', `JWKS entry ${name} is not usable: ${result.message}.`));
      return;
    }
    const label = describeKey({ ...result.key, origin }, `${ORIGIN_PHRASES[origin]}, keys[${index}]`);
    candidates.push({ label, origin, ...result.key });
    findings.push(makeFinding('key-recognized', label));
  });
  return { candidates, findings };
}

function readKeysMember(doc: unknown): unknown {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || !Object.hasOwn(doc, 'keys')) return undefined;
  return Reflect.get(doc, 'keys') as unknown;
}

function readKid(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || !Object.hasOwn(entry, 'kid')) return undefined;
  const kid: unknown = Reflect.get(entry, 'kid');
  return typeof kid === 'string' ? kid : undefined;
}

function invalid(message: string): ParsedKeyInput {
  return { candidates: [], findings: [makeFinding('key-invalid', message)] };
}
