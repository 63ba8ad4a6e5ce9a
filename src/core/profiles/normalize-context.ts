import type { ProfileContext } from './types';

const TOKENS = ['accessToken', 'code', 'dpopProof', 'httpMethod'] as const;
const VALUES = ['clientId', 'nonce', 'state', 'httpUri', 'dpopNonce'] as const;

/**
 * The context as the rules read it: empty values dropped, and whitespace around the tokens, the code
 * (copied from a terminal or a log) and the HTTP method removed. Other values are compared exactly as typed.
 */
export function normalizeContext(context: ProfileContext | undefined): ProfileContext {
  if (!context) return {};
  const normalized: ProfileContext = {};
  for (const name of TOKENS) {
    const value = context[name]?.trim();
    if (value) normalized[name] = value;
  }
  for (const name of VALUES) {
    const value = context[name];
    if (typeof value === 'string' && value !== '') normalized[name] = value;
  }
  if (typeof context.maxAgeSec === 'number' && Number.isFinite(context.maxAgeSec) && context.maxAgeSec >= 0)
    normalized.maxAgeSec = context.maxAgeSec;
  return normalized;
}
