import { makeFinding } from '../findings/make-finding';
import type { Finding, JsonObject } from '../types';
import type { ResolvedProfile } from './detect-profile';
import { PROFILES, profileNoun } from './profiles';
import type { ProfileCheck, RuleInput } from './types';
import { matchesVendorNote, VENDOR_NOTES } from './vendors';

export interface ProfileRun {
  checks: ProfileCheck[];
  findings: Finding[];
}

/**
 * Runs a profile's table of rules (each with its spec section) on a claims set, and adds what the profile's
 * choice and the vendor notes say. Every finding has stage `profile`; an error among them makes the claims
 * verdict invalid. Synchronous: the hashes it compares were computed before (`LinkFacts`).
 */
export function runProfile(resolved: ResolvedProfile, input: RuleInput): ProfileRun {
  const profile = PROFILES[resolved.id];
  const findings: Finding[] = [];
  const onProfile = { stage: 'profile' as const };
  if (resolved.by === 'typ' || resolved.by === 'claims') {
    const message = `Validated as ${profileNoun(resolved.id)} (${profile.spec}): ${resolved.reason}.`;
    findings.push(makeFinding('profile-detected', message, onProfile));
  }
  if (resolved.detected) {
    const message = `Validated as ${profileNoun(resolved.id)}, but the token says it is ${profileNoun(resolved.detected.id)} (${resolved.detected.reason}): accepting one kind of token where another is expected is how tokens get misused.`;
    const at = resolved.detected.by === 'typ' ? { part: 'header' as const, name: 'typ' } : { part: 'payload' as const };
    findings.push(makeFinding('token-confusion', message, { ...onProfile, ...at }));
  }
  const checks: ProfileCheck[] = profile.rules.map((rule) => {
    const outcome = rule.check(input);
    const check: ProfileCheck = {
      name: rule.name,
      status: outcome.status,
      detail: outcome.detail,
      ref: rule.ref,
      code: rule.code,
    };
    if (outcome.status !== 'failed') return check;
    const code = outcome.code ?? rule.code;
    const finding = makeFinding(code, outcome.message, {
      ...onProfile,
      ...(outcome.severity ? { severity: outcome.severity } : {}),
      ...(outcome.part ? { part: outcome.part } : {}),
      ...(outcome.name ? { name: outcome.name } : {}),
    });
    findings.push(finding);
    return { ...check, code, severity: finding.severity };
  });
  findings.push(...vendorNotes(input.header, input.claims));
  return { checks, findings };
}

function vendorNotes(header: JsonObject | null, claims: JsonObject): Finding[] {
  return VENDOR_NOTES.filter((note) => matchesVendorNote(note, header, claims)).map((note) =>
    makeFinding(note.code, note.message, { stage: 'profile', ...(note.severity ? { severity: note.severity } : {}) }),
  );
}
