import type { Inspection } from '../inspect/types';
import { PROFILES } from '../profiles/profiles';
import type { InspectionProfile, ProfileCheck, ProfileRule } from '../profiles/types';
import type { PlannedLink, PlannedStep } from './types';

/** The context inputs that are tokens or values of their own: a rule that reads one ties this token to it. */
const LINKED_INPUTS: Readonly<Record<PlannedLink['input'], string>> = {
  accessToken: 'Access token (given)',
  code: 'Authorization code (given)',
  state: 'State (given)',
  dpopProof: 'DPoP proof (given)',
};

const isLinkedInput = (input: string): input is PlannedLink['input'] => Object.hasOwn(LINKED_INPUTS, input);

const NOT_CHECKED = 'not checked: the claims are not readable';

/**
 * What the token was validated as and why, then one step per rule its profile table draws (`step`), each
 * with the status of that rule's check; and the other tokens those checks tie it to. Read from the report's
 * `profile` (id, reason, checks by rule name) and the profile tables, never from a finding's wording.
 */
export function planProfile(inspection: Inspection): { stages: PlannedStep[][]; links: PlannedLink[] } {
  const profile = inspection.profile;
  if (!profile) return { stages: [], links: [] };
  const { rules } = PROFILES[profile.id];
  if (rules.length === 0 && !profile.detected) return { stages: [], links: [] };
  const checks = new Map(profile.checks.map((check) => [check.name, check]));
  const stepped = rules.filter((rule) => rule.step !== undefined);
  const stages = [[planProfileStep(profile, stepped)]];
  if (stepped.length > 0) stages.push(stepped.map((rule) => planRuleStep(rule, checks.get(rule.name))));
  return { stages, links: rules.flatMap((rule) => planLinks(rule, checks.get(rule.name))) };
}

/**
 * "Validated as DPoP proof": why (typ, claims, the user's choice), how its rules came out, and the failed
 * rules that have no step of their own. Failed when any rule failed with an error (drawn or not) or the
 * token says it is another kind of token (`detected`, the report's token confusion).
 */
function planProfileStep(profile: InspectionProfile, stepped: ProfileRule[]): PlannedStep {
  const step = { kind: 'profile', label: `Validated as ${PROFILES[profile.id].title}`, actor: 'receiver' } as const;
  const facts = [profile.by === 'chosen' ? 'chosen by you' : profile.reason];
  if (profile.detected) {
    facts.push(`the token says ${PROFILES[profile.detected.id].title} (${profile.detected.reason})`);
  }
  if (profile.checks.length === 0 && PROFILES[profile.id].rules.length > 0) {
    return { ...step, status: profile.detected ? 'failed' : 'skipped', facts: [...facts, NOT_CHECKED] };
  }
  if (profile.checks.length > 0) facts.push(countChecks(profile.checks));
  const drawn = new Set(stepped.map((rule) => rule.name));
  const undrawnFailures = profile.checks.filter((c) => c.status === 'failed' && !drawn.has(c.name));
  facts.push(...undrawnFailures.map((c) => `${isError(c) ? 'failed' : 'warning'}: ${c.name} (${c.detail})`));
  const hasFailed = profile.detected !== undefined || profile.checks.some((c) => c.status === 'failed' && isError(c));
  return { ...step, status: hasFailed ? 'failed' : 'passed', facts };
}

function planRuleStep(rule: ProfileRule, check: ProfileCheck | undefined): PlannedStep {
  const label = capitalize(rule.step ?? rule.name);
  const step = { kind: 'profile-check', label, actor: 'receiver', rule: rule.name } as const;
  if (!check) return { ...step, status: 'skipped', facts: [NOT_CHECKED, rule.ref] };
  return { ...step, status: check.status, facts: [check.detail, check.ref] };
}

/** A check that ran and reads another token (or value) the user gave: one link per such input. */
function planLinks(rule: ProfileRule, check: ProfileCheck | undefined): PlannedLink[] {
  if (!check || check.status === 'skipped') return [];
  const status = check.status;
  const via = rule.link ?? rule.name;
  return (rule.uses ?? [])
    .filter(isLinkedInput)
    .map((input) => ({ input, label: LINKED_INPUTS[input], via, status, rule: rule.name }));
}

/** The profile's failed rules, for the claims step: a failed profile rule makes the claims invalid. */
export function describeProfileFailures(inspection: Inspection): string[] {
  const profile = inspection.profile;
  if (!profile) return [];
  const title = PROFILES[profile.id].title;
  const failed = profile.checks.filter((c) => c.status === 'failed' && isError(c)).map((c) => c.name);
  return [
    ...(profile.detected
      ? [`failed: token confusion (${PROFILES[profile.detected.id].title} validated as ${title})`]
      : []),
    ...(failed.length > 0 ? [`failed: ${title} rules ${failed.join(', ')}`] : []),
  ];
}

/** A failed check raised an error unless its finding says otherwise (a SHOULD is a warning). */
const isError = (check: ProfileCheck) => (check.severity ?? 'error') === 'error';

function countChecks(checks: ProfileCheck[]): string {
  const count = (status: ProfileCheck['status']) => checks.filter((c) => c.status === status).length;
  const parts = (['passed', 'failed', 'skipped'] as const).filter((s) => count(s) > 0).map((s) => `${count(s)} ${s}`);
  return `${checks.length} rule${checks.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
