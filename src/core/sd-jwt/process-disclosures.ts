import { makeFinding } from '../findings/make-finding';
import { isJsonObject } from '../json/is-json-object';
import { setOwn } from '../json/set-own';
import type { DecodedDisclosure, Finding, JsonObject } from '../types';
import type { DisclosureReport } from './types';

/** Disclosures inside disclosures inside …: deeper than any real credential, shallow enough for the stack. */
const MAX_DEPTH = 64;

export interface ProcessedSdJwt {
  /** What a verifier sees: disclosed values in place, `_sd`, `_sd_alg` and decoy digests removed. */
  claims: JsonObject;
  disclosures: DisclosureReport[];
  decoys: number;
  findings: Finding[];
}

function childPath(path: string, name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
}

/** `{"...": "<digest>"}`: an array element that may be disclosed (RFC 9901 §4.2.4.2). */
function readElementDigest(value: unknown): unknown {
  if (!isJsonObject(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '...' ? value['...'] : undefined;
}

/**
 * Replaces digests by the disclosed values, as a verifier does (RFC 9901 §7.1 steps 3–5), reporting each
 * rule on its own: a digest met twice, a disclosure that no digest references, a property disclosure in an
 * array (or the reverse), a disclosed name that collides with a clear claim. `withheld` leaves the given
 * disclosures out, to show the credential as it is seen without them. Linear: every disclosure is expanded
 * at most once, through a digest index.
 */
export function processDisclosures(
  payload: JsonObject,
  disclosures: DecodedDisclosure[],
  digests: ReadonlyArray<string | null>,
  withheld: ReadonlySet<number> = new Set(),
): ProcessedSdJwt {
  const findings: Finding[] = [];
  const at = (index: number, extra: Partial<Finding> = {}) => ({
    stage: 'sd-jwt' as const,
    part: 'disclosure' as const,
    entry: index,
    ...extra,
  });
  const reports: DisclosureReport[] = disclosures.map((d, i) => ({
    index: d.index,
    encoded: d.encoded,
    digest: digests[i] ?? null,
    salt: d.salt,
    name: d.name,
    value: d.value,
    status: d.kind === 'invalid' ? 'invalid' : 'unreferenced',
    path: null,
  }));
  const mark = (index: number, patch: Partial<DisclosureReport>) => {
    const report = reports[index];
    if (report) reports[index] = { ...report, ...patch };
  };
  const byDigest = new Map<string, number>();
  disclosures.forEach((d, i) => {
    const digest = digests[i];
    if (digest === null || digest === undefined || d.kind === 'invalid' || withheld.has(i)) return;
    if (byDigest.has(digest)) {
      const first = (byDigest.get(digest) ?? 0) + 1;
      findings.push(
        makeFinding('sd-digest-duplicate', `Disclosure ${i + 1} is disclosure ${first} again (same digest).`, at(i)),
      );
      mark(i, { status: 'invalid' });
      return;
    }
    byDigest.set(digest, i);
  });
  const seen = new Set<string>();
  let decoys = 0;

  /** The disclosure a digest points at, once; null for a decoy (or a withheld one). */
  const take = (digest: unknown, path: string): number | null => {
    if (typeof digest !== 'string') {
      findings.push(
        makeFinding('sd-disclosure-invalid', `A digest at ${path} is not a string.`, {
          stage: 'sd-jwt',
          part: 'payload',
        }),
      );
      return null;
    }
    if (seen.has(digest)) {
      findings.push(
        makeFinding('sd-digest-duplicate', `The digest ${digest} appears more than once in the payload (at ${path}).`, {
          stage: 'sd-jwt',
          part: 'payload',
        }),
      );
      return null;
    }
    seen.add(digest);
    const index = byDigest.get(digest);
    if (index === undefined) {
      decoys += 1;
      return null;
    }
    return index;
  };

  const walk = (value: unknown, path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) {
      findings.push(
        makeFinding(
          'sd-disclosure-invalid',
          `Disclosures nest deeper than ${MAX_DEPTH} levels at ${path}; not expanded further.`,
          { stage: 'sd-jwt', part: 'payload' },
        ),
      );
      return value;
    }
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const element of value) {
        const digest = readElementDigest(element);
        if (digest === undefined) {
          out.push(walk(element, `${path}[${out.length}]`, depth + 1));
          continue;
        }
        const index = take(digest, path);
        if (index === null) continue;
        const disclosure = disclosures[index];
        if (!disclosure) continue;
        if (disclosure.kind !== 'element') {
          findings.push(
            makeFinding(
              'sd-disclosure-invalid',
              `Disclosure ${index + 1} names a claim but is referenced as an array element at ${path}.`,
              at(index),
            ),
          );
          mark(index, { status: 'invalid' });
          continue;
        }
        const elementPath = `${path}[${out.length}]`;
        mark(index, { status: 'disclosed', path: elementPath });
        out.push(walk(disclosure.value, elementPath, depth + 1));
      }
      return out;
    }
    if (!isJsonObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(value)) {
      if (name === '_sd' || (name === '_sd_alg' && depth === 0)) continue;
      if (name === '_sd_alg')
        findings.push(
          makeFinding(
            'sd-alg-unsupported',
            `_sd_alg appears at ${path}; it belongs at the top level of the payload only.`,
            { stage: 'sd-jwt', part: 'payload', name },
          ),
        );
      setOwn(out, name, walk(value[name], childPath(path, name), depth + 1));
    }
    if (!Object.hasOwn(value, '_sd')) return out;
    const list = value._sd;
    if (!Array.isArray(list)) {
      findings.push(
        makeFinding('sd-disclosure-invalid', `_sd at ${path} is not an array of digests.`, {
          stage: 'sd-jwt',
          part: 'payload',
          name: '_sd',
        }),
      );
      return out;
    }
    for (const digest of list) {
      const index = take(digest, path);
      if (index === null) continue;
      const disclosure = disclosures[index];
      if (!disclosure) continue;
      if (disclosure.kind !== 'property' || disclosure.name === null) {
        findings.push(
          makeFinding(
            'sd-disclosure-invalid',
            `Disclosure ${index + 1} is an array element but is referenced from _sd at ${path}.`,
            at(index),
          ),
        );
        mark(index, { status: 'invalid' });
        continue;
      }
      const name = disclosure.name;
      if (Object.hasOwn(out, name)) {
        findings.push(
          makeFinding(
            'sd-claim-collision',
            `Disclosure ${index + 1} discloses "${name}", which the signed payload already has in the clear at ${path}.`,
            at(index, { name }),
          ),
        );
        mark(index, { status: 'invalid' });
        continue;
      }
      const claimPath = childPath(path, name);
      mark(index, { status: 'disclosed', path: claimPath });
      setOwn(out, name, walk(disclosure.value, claimPath, depth + 1));
    }
    return out;
  };

  const claims = walk(payload, '$', 0) as JsonObject;
  reports.forEach((report, i) => {
    if (report.status !== 'unreferenced' || withheld.has(i)) return;
    findings.push(
      makeFinding(
        'sd-disclosure-unreferenced',
        `Disclosure ${i + 1}${report.name ? ` ("${report.name}")` : ''} matches no digest in the signed payload: it was not issued with this SD-JWT, or was changed.`,
        { stage: 'sd-jwt', part: 'disclosure' },
      ),
    );
  });
  return { claims, disclosures: reports, decoys, findings };
}
