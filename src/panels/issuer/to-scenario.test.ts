import { describe, expect, it } from 'vitest';
import { fillTemplate, issueToken, listTemplateDefaults, type TemplateId } from '../../core';
import { createAppStore } from '../../store';
import { pairOf, pemOf } from '../../../test-support/key-fixtures';
import { inspectNow } from '../../../test-support/inspect-store';
import { describeTemplateScenario, toScenario } from './to-scenario';

/*
 * "Inspect this token" for a template's token: the scenario sets "Validate as" and the relying party's
 * context, so the inspector checks the links the template made (at_hash, ath) — not merely skips them.
 */

const KEY = pemOf(pairOf('P-256').privateKey, 'pkcs8');
const ACCESS_TOKEN = 'SlAV32hkKG.an-opaque-access-token';

async function issueAndInspect(id: TemplateId, inputs: Record<string, string>) {
  const now = Math.floor(Date.now() / 1000);
  const filled = await fillTemplate(id, {
    inputs: { ...listTemplateDefaults(id), ...inputs },
    alg: 'ES256',
    signingKey: KEY,
    now,
  });
  if (!filled.ok) throw new Error(JSON.stringify(filled.findings));
  const issued = await issueToken({
    header: filled.header,
    claims: filled.claims,
    mode: 'sign',
    serialization: 'compact',
    signing: { alg: 'ES256', key: KEY },
    now,
  });
  if (!issued.ok) throw new Error(JSON.stringify(issued.findings));
  const scenario = toScenario(issued, null, describeTemplateScenario(id, filled));
  const store = createAppStore('');
  store.getState().loadScenario(scenario);
  await inspectNow(store);
  return { scenario, inspection: store.getState().inspection };
}

const statusOf = (checks: { name: string; status: string }[] | undefined, name: string) =>
  checks?.find((check) => check.name === name)?.status;

describe('toScenario: a template token goes to the inspector with its profile and links', () => {
  it('an ID token with its access token: validated as an ID token, at_hash checked and passed', async () => {
    const { scenario, inspection } = await issueAndInspect('id-token', { accessToken: ACCESS_TOKEN });
    expect(scenario).toMatchObject({ profile: 'id-token', context: { accessToken: ACCESS_TOKEN } });
    expect(inspection?.profile).toMatchObject({ id: 'id-token', by: 'chosen' });
    expect(statusOf(inspection?.profile?.checks, 'at_hash')).toBe('passed');
    expect(statusOf(inspection?.profile?.checks, 'nonce')).toBe('passed');
    expect(inspection?.claims).toBe('valid');
    expect(inspection?.signature).toBe('valid');
  });

  it('a DPoP proof goes without a verification key and verifies with its header jwk', async () => {
    const { scenario, inspection } = await issueAndInspect('dpop-proof', { accessToken: ACCESS_TOKEN });
    expect(scenario.verificationKey).toBe('');
    expect(inspection?.signature).toBe('valid');
    expect(statusOf(inspection?.profile?.checks, 'ath')).toBe('passed');
    expect(statusOf(inspection?.profile?.checks, 'htu')).toBe('passed');
    expect(inspection?.claims).toBe('valid');
  });

  it('a custom token keeps today’s scenario: its keys only', async () => {
    const issued = {
      ok: true as const,
      token: 'a.b.c',
      format: 'jws-compact' as const,
      warnings: [],
      verificationKey: 'k',
      decryptionKey: null,
    };
    expect(toScenario(issued, null, null)).toEqual({
      token: 'a.b.c',
      verificationKey: 'k',
      decryptionKey: '',
      keysFrom: 'issued',
    });
  });
});
