import { PROFILE_TEMPLATES, type IssueResult, type TemplateId, type TemplateParts } from '../../core';
import type { Scenario } from '../../store';

/** What "Inspect this token" adds for a token made from a template: validate as its profile, with its links. */
export type TemplateScenario = Required<Pick<Scenario, 'profile' | 'context' | 'expectedAudience'>> & {
  /** A DPoP proof is checked with the key in its own header, so no verification key goes with it. */
  hasKeyInHeader: boolean;
};

/** The template's part of the scenario, from its last fill (an empty context when none has landed). */
export function describeTemplateScenario(id: TemplateId, filled: TemplateParts | null): TemplateScenario {
  return {
    profile: id,
    context: filled?.context ?? {},
    expectedAudience: filled?.expectedAudience ?? '',
    hasKeyInHeader: PROFILE_TEMPLATES[id].hasKeyInHeader,
  };
}

/** The issued token for the inspector: its keys, and for a template the profile and the links to check. */
export function toScenario(
  issued: Extract<IssueResult, { ok: true }>,
  recipientPrivateKey: string | null,
  template: TemplateScenario | null,
): Scenario {
  const scenario: Scenario = {
    token: issued.token,
    // A DPoP proof is checked with the key in its own header (RFC 9449 §4.3), so it goes alone.
    verificationKey: template?.hasKeyInHeader ? '' : issued.verificationKey,
    decryptionKey: issued.decryptionKey ?? recipientPrivateKey ?? '',
    keysFrom: 'issued',
  };
  if (template === null) return scenario;
  return {
    ...scenario,
    profile: template.profile,
    context: template.context,
    expectedAudience: template.expectedAudience,
  };
}
