import { PARTS } from '../catalogue/parts';
import { FINDINGS, type FindingCode } from '../findings/catalogue';
import { profileNoun } from '../profiles/profiles';
import type { Finding } from '../types';
import type { Inspection, Layer } from './types';

/**
 * Decode problems that make the input no valid token at all (RFC 7515 §5.2 and RFC 7516 §5.2, steps 1–5,
 * RFC 7519 §7.2): nothing about keys or signatures can be said of it.
 */
const MALFORMED: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'input-too-large',
  'not-a-token',
  'base64url-invalid',
  'utf8-invalid',
  'json-invalid',
  'json-too-deep',
  'header-not-object',
  'header-param-invalid',
  'alg-invalid',
  'enc-invalid',
  'signature-missing',
  'jwe-invalid',
  'serialization-invalid',
]);

/** Codes whose title already names the part they are about. */
const PART_IN_TITLE: ReadonlySet<FindingCode> = new Set<FindingCode>(['signature-missing', 'header-not-object']);

/** How a phrase ranks: the weakest leads, so a success never comes first when something failed. */
const RANK = { unsecured: 0, failed: 1, unsupported: 2, unchecked: 3, good: 4 } as const;

interface Phrase {
  text: string;
  rank: number;
}

/**
 * One line a person reads at a glance. In order: input that is no valid token says so and names its first
 * problem, with no word about keys or signatures; an unsecured token says so first; otherwise decryption,
 * signature and claims each get a phrase and the weakest leads ("Expired 3 h ago · signature verified").
 * Which key did the work is a detail of the findings, not of the headline. Decided on codes, parts and
 * verdicts only: rewording a finding never changes it.
 */
export function buildHeadline(inspection: Omit<Inspection, 'headline'>): string {
  const outer = inspection.findings.filter((f) => (f.layer ?? 0) === 0);
  if (inspection.format === 'unknown' && outer.some((f) => f.code === 'input-empty')) {
    return 'Nothing to inspect: paste a token';
  }
  const problem = outer.find((f) => isMalformation(f));
  if (problem) return `Not a valid token: ${describeProblem(problem)}`;
  if (inspection.format === 'unknown') return `Not a valid token: ${lowerFirst(FINDINGS['not-a-token'].title)}`;

  const jwe = inspection.layers.find((l) => l.kind === 'jwe');
  const jws = inspection.layers.findLast((l) => l.kind === 'jws');
  const phrases: Phrase[] = [];
  if (jwe) phrases.push(describeDecryption(jwe));
  if (jws) phrases.push(describeSignature(jws, inspection));
  else if (jwe && inspection.decryption === 'decrypted' && isPublicKeyEncryption(jwe)) {
    phrases.push({ text: 'no signature inside: anyone with the public key could have made it', rank: RANK.unchecked });
  }
  if (inspection.sdJwt) phrases.push(...describeKeyBinding(inspection));
  phrases.push(...describeClaims(inspection));
  // Array.prototype.sort is stable: equal ranks keep the order decryption, signature, claims.
  const text = phrases
    .sort((a, b) => a.rank - b.rank)
    .map((p) => p.text)
    .join(' · ');
  return upperFirst(text);
}

function isMalformation(finding: Finding): boolean {
  const isDecodeStage = finding.stage === 'decode' || finding.stage === 'intake';
  return isDecodeStage && finding.severity === 'error' && MALFORMED.has(finding.code);
}

/** "invalid base64url in the signature", from the code's title and the part: never the message text. */
function describeProblem(finding: Finding): string {
  const what = lowerFirst(FINDINGS[finding.code].title);
  const name = finding.code === 'header-param-invalid' && finding.name ? ` ("${finding.name.slice(0, 24)}")` : '';
  const where =
    finding.part && !PART_IN_TITLE.has(finding.code) ? ` in the ${lowerFirst(PARTS[finding.part].label)}` : '';
  return `${what}${name}${where}`;
}

function describeDecryption(layer: Layer): Phrase {
  switch (layer.verdict) {
    case 'decrypted':
      return { text: 'decrypted', rank: RANK.good };
    case 'failed':
      return { text: 'decryption failed', rank: RANK.failed };
    case 'unsupported':
      return { text: 'decryption not supported by this browser', rank: RANK.unsupported };
    default:
      return { text: `not decrypted: ${describeMissingKey(layer)}`, rank: RANK.unchecked };
  }
}

function describeSignature(layer: Layer, inspection: Omit<Inspection, 'headline'>): Phrase {
  const embedded = layer.entries.find((e) => e.embeddedKey)?.embeddedKey;
  switch (layer.verdict) {
    case 'valid':
      // RFC 9449 §4.3: a DPoP proof's own key verifies it; that proves possession, never identity.
      if (embedded?.thumbprint)
        return {
          text: `signed with its own key: proves possession of key ${embedded.thumbprint}, not who holds it`,
          rank: RANK.good,
        };
      return { text: 'signature verified', rank: RANK.good };
    case 'invalid':
      if (inspection.findings.some((f) => f.code === 'vendor-graph-header-nonce'))
        return { text: 'a Microsoft Graph token: only Microsoft Graph can verify its signature', rank: RANK.unchecked };
      if (embedded && embedded.thumbprint === null)
        return { text: 'signature not verifiable: the DPoP proof carries no usable public key', rank: RANK.failed };
      return { text: 'signature invalid', rank: RANK.failed };
    case 'unsecured':
      return { text: 'unsecured: alg "none", nothing is signed', rank: RANK.unsecured };
    case 'unsupported':
      return { text: 'signature algorithm not supported by this browser', rank: RANK.unsupported };
    default:
      return { text: `signature not verified: ${describeUnverified(layer)}`, rank: RANK.unchecked };
  }
}

/** Why no key verified: read from the entries' key selection, never from finding codes or wording. */
function describeUnverified(layer: Layer): string {
  const outcomes = layer.entries.map((e) => e.keySelection.outcome);
  const isDetached = layer.parts.some((p) => p.isDetached);
  if (isDetached && !outcomes.every((o) => o === 'no-keys')) return 'the payload is detached: paste it to verify';
  return describeMissingKey(layer);
}

/**
 * The layer was not opened and no key was refused by it: either no key was given, or every key given was
 * for another token (another kid, or a type its algorithm cannot use).
 */
function describeMissingKey(layer: Layer): string {
  const outcomes = layer.entries.map((e) => e.keySelection.outcome);
  if (outcomes.includes('type-mismatch')) return 'the kid is not a string, so it matches no key';
  if (outcomes.includes('not-found')) return 'no key for this token (none has its kid)';
  if (outcomes.every((o) => o === 'no-keys')) return 'no key for this token (none given)';
  return 'no key for this token (the keys given cannot serve its algorithm)';
}

function describeClaims(inspection: Omit<Inspection, 'headline'>): Phrase[] {
  const failed = inspection.claimChecks.filter((c) => c.status === 'failed');
  const profile = describeProfile(inspection);
  if (failed.length > 0) return [...failed.map((c) => ({ text: c.detail, rank: RANK.failed })), ...profile];
  if (profile.length > 0) return profile;
  if (inspection.claims === 'invalid') return [{ text: 'claims invalid', rank: RANK.failed }];
  const exp = inspection.claimChecks.find((c) => c.name === 'exp' && c.status === 'passed');
  return exp ? [{ text: exp.detail, rank: RANK.good }] : [];
}

/** RFC 9901 §7.3: the key binding as its own phrase; a required one that is absent is a failure. */
function describeKeyBinding(inspection: Omit<Inspection, 'headline'>): Phrase[] {
  switch (inspection.sdJwt?.keyBinding) {
    case 'valid':
      return [{ text: 'key binding verified', rank: RANK.good }];
    case 'invalid':
      return [{ text: 'key binding invalid', rank: RANK.failed }];
    case 'not-verified':
      return [{ text: 'key binding not verified', rank: RANK.unchecked }];
    default:
      return inspection.findings.some((f) => f.code === 'kb-jwt-missing')
        ? [{ text: 'key binding required but absent', rank: RANK.failed }]
        : [];
  }
}

/**
 * The profile's verdict in a phrase: a token of one kind validated as another first (RFC 8725 §2.8), then
 * the rules it fails, by name; warnings (a SHOULD) do not count.
 */
function describeProfile(inspection: Omit<Inspection, 'headline'>): Phrase[] {
  const profile = inspection.profile;
  if (!profile) return [];
  const phrases: Phrase[] = [];
  if (profile.detected)
    phrases.push({
      text: `${profileNoun(profile.detected.id)} validated as ${profileNoun(profile.id)}`,
      rank: RANK.failed,
    });
  const failed = profile.checks.filter((c) => c.status === 'failed' && c.severity !== 'warning');
  if (failed.length > 0)
    phrases.push({
      text: `not valid as ${profileNoun(profile.id)}: ${failed.map((c) => c.name).join(', ')} failed`,
      rank: RANK.failed,
    });
  return phrases;
}

/** With RSA or ECDH-ES anyone holding the recipient's public key can encrypt (RFC 8725 §3.2). */
function isPublicKeyEncryption(layer: Layer): boolean {
  const alg = layer.header?.alg;
  return typeof alg === 'string' && /^(RSA|ECDH-ES)/.test(alg);
}

/** Lower-cases a leading capital unless it starts an acronym ("IV", "JSON"). */
function lowerFirst(text: string): string {
  const second = text.charAt(1);
  return second && second === second.toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
