import { CompactEncrypt } from 'jose';
import { importKeyFor, type KeyCandidate } from '../keys';
import type { FindingCode } from '../findings/catalogue';
import type { JsonObject } from '../types';
import { makeAttackerKey, makeOtherKey, readPublicKeyForms, type AttackerKey } from './attacker-keys';
import { readOriginalJws, type OriginalJws } from './read-original';
import { assembleUnsigned, signVariant, utf8, withMembers } from './sign-variant';
import type { ValidatorTest, ValidatorTestNeed, ValidatorTestsInput } from './types';
import { VARIANT_FACTS, type VariantId } from './variant-facts';

type Made =
  { token: string; attackerJwk?: Record<string, unknown>; finding?: FindingCode } | { needs: ValidatorTestNeed };

interface Context {
  original: OriginalJws;
  input: ValidatorTestsInput;
  /** The user's private key or secret, imported for the original's alg; null when none fits. */
  signingKey: CryptoKey | Uint8Array | null;
  attacker: () => Promise<AttackerKey>;
}

/** A zero byte: what "../../dev/null" reads as once a library refuses an empty HMAC key (PortSwigger's lab). */
const NULL_FILE_SECRET = new Uint8Array([0]);
const SQL_SECRET = 'attacker-secret';
/** 9999-12-31T23:59:59Z, the "never" of many platforms. */
const FAR_FUTURE = 253_402_300_799;

const hmacFor = (alg: string) => `HS${/(256|384|512)$/.exec(alg)?.[1] ?? '256'}`;
const unsecured = (original: OriginalJws, alg: string) =>
  assembleUnsigned(withMembers(original.header, { alg }), original.encodedPayload, new Uint8Array(0));

/** Re-signs with the user's key: a variant whose only change must be the one under test. */
async function resigned(ctx: Context, header: JsonObject, claims?: JsonObject): Promise<Made> {
  if (ctx.signingKey === null) return { needs: 'signing-key' };
  const payload = claims === undefined ? ctx.original.payload : utf8(JSON.stringify(claims));
  return { token: await signVariant(header, payload, ctx.signingKey) };
}

async function withClaims(ctx: Context, change: (claims: JsonObject) => JsonObject | null): Promise<Made> {
  if (ctx.original.claims === null) return { needs: 'json-claims' };
  const claims = change(ctx.original.claims);
  return claims === null ? { needs: 'expectations' } : resigned(ctx, ctx.original.header, claims);
}

async function confusion(ctx: Context, form: 'pem' | 'der'): Promise<Made> {
  const candidate = ctx.input.keys?.find((k) => k.kty === 'RSA' || k.kty === 'EC');
  const forms = candidate ? await readPublicKeyForms(candidate) : null;
  if (forms === null) return { needs: 'public-key' };
  const alg = hmacFor(ctx.original.alg);
  const secret = form === 'pem' ? utf8(forms.pem) : forms.der;
  return { token: await signVariant(withMembers(ctx.original.header, { alg }), ctx.original.payload, secret) };
}

async function pointing(ctx: Context, member: 'jwk' | 'jku' | 'x5u'): Promise<Made> {
  const url = ctx.input.url?.trim();
  if (member !== 'jwk' && !url) return { needs: 'url' };
  const attacker = await ctx.attacker();
  const value = member === 'jwk' ? withMembers(attacker.publicJwk, { alg: undefined, use: undefined }) : url;
  const header = withMembers(ctx.original.header, { alg: attacker.alg, kid: attacker.kid, [member]: value });
  const token = await signVariant(header, ctx.original.payload, attacker.privateKey);
  return { token, attackerJwk: attacker.publicJwk };
}

async function kidSigned(ctx: Context, kid: string, secret: Uint8Array): Promise<Made> {
  const header = withMembers(ctx.original.header, { alg: hmacFor(ctx.original.alg), kid });
  return { token: await signVariant(header, ctx.original.payload, secret) };
}

async function unsignedInJwe(ctx: Context): Promise<Made> {
  const recipient = ctx.input.recipientKeys?.find((k) => k.publicJwk !== undefined && k.kty !== 'oct');
  const alg = recipient?.kty === 'RSA' ? 'RSA-OAEP-256' : 'ECDH-ES';
  const inner = assembleUnsigned({ alg: 'none' }, ctx.original.encodedPayload, new Uint8Array(0));
  try {
    if (recipient === undefined) return { needs: 'recipient-key' };
    const key = await importKeyFor(recipient, alg, 'encrypt', 'A256GCM');
    const token = await new CompactEncrypt(utf8(inner))
      .setProtectedHeader({ alg, enc: 'A256GCM', cty: 'JWT' })
      .encrypt(key);
    return { token };
  } catch {
    return { needs: 'recipient-key' };
  }
}

const BUILDERS: Record<VariantId, (ctx: Context) => Promise<Made>> = {
  'alg-none': async (ctx) => ({ token: unsecured(ctx.original, 'none') }),
  'alg-none-capitalized': async (ctx) => ({ token: unsecured(ctx.original, 'None') }),
  'alg-none-upper': async (ctx) => ({ token: unsecured(ctx.original, 'NONE') }),
  'alg-none-mixed': async (ctx) => ({ token: unsecured(ctx.original, 'nOnE') }),
  'hs256-public-key-pem': (ctx) => confusion(ctx, 'pem'),
  'hs256-public-key-der': (ctx) => confusion(ctx, 'der'),
  'embedded-jwk': (ctx) => pointing(ctx, 'jwk'),
  jku: (ctx) => pointing(ctx, 'jku'),
  x5u: (ctx) => pointing(ctx, 'x5u'),
  'kid-path-traversal': (ctx) => kidSigned(ctx, '../../../../../../dev/null', NULL_FILE_SECRET),
  'kid-sql-injection': (ctx) => kidSigned(ctx, `x' UNION SELECT '${SQL_SECRET}' -- `, utf8(SQL_SECRET)),
  'psychic-signature': async (ctx) => ({
    ...(ctx.input.keys?.some((k) => k.crv === 'P-256') ? { finding: 'signature-invalid' as const } : {}),
    token: assembleUnsigned(
      withMembers(ctx.original.header, { alg: 'ES256' }),
      ctx.original.encodedPayload,
      new Uint8Array(64),
    ),
  }),
  'signature-stripped': async (ctx) => ({ token: `${ctx.original.token.split('.').slice(0, 2).join('.')}.` }),
  'b64-without-crit': (ctx) => resigned(ctx, withMembers(ctx.original.header, { b64: false, crit: undefined })),
  'crit-unknown': (ctx) =>
    resigned(ctx, withMembers(ctx.original.header, { crit: ['x-validator-test'], 'x-validator-test': true })),
  'jwe-unsigned-inner': unsignedInJwe,
  'exp-removed': (ctx) =>
    ctx.original.claims !== null && !Object.hasOwn(ctx.original.claims, 'exp')
      ? Promise.resolve({ needs: 'exp-claim' })
      : withClaims(ctx, (claims) => withMembers(claims, { exp: undefined })),
  'exp-far-future': (ctx) =>
    withClaims(ctx, (claims) => withMembers(claims, { exp: claims.exp === FAR_FUTURE ? FAR_FUTURE - 1 : FAR_FUTURE })),
  'aud-iss-swapped': (ctx) =>
    withClaims(ctx, (claims) => {
      const { issuer, audience } = ctx.input.expected ?? {};
      return issuer && audience ? withMembers(claims, { iss: audience, aud: issuer }) : null;
    }),
  'typ-changed': (ctx) => {
    const typ = ctx.original.header.typ === 'at+jwt' ? 'logout+jwt' : 'at+jwt';
    return resigned(ctx, withMembers(ctx.original.header, { typ }));
  },
  'other-key-signature': async (ctx) => {
    const key = await makeOtherKey(ctx.original.alg);
    if (key === null) return { needs: 'signing-key' };
    return { token: await signVariant(ctx.original.header, ctx.original.payload, key) };
  },
};

async function importSigningKey(keys: readonly KeyCandidate[] | undefined, alg: string) {
  for (const candidate of keys ?? []) {
    if (!candidate.isPrivate) continue;
    try {
      return await importKeyFor(candidate, alg, 'sign');
    } catch {
      // Not a key for this alg: try the next one.
    }
  }
  return null;
}

/**
 * The classic malicious variants of a compact JWS (RFC 8725 §2–3), each with the answer a correct validator
 * gives and the finding JWT Lens reports for it. Nothing is fetched; keys are fresh from jose and WebCrypto.
 * Returns an empty list for anything but a compact JWS with a JSON header.
 */
export async function makeValidatorTests(input: ValidatorTestsInput): Promise<ValidatorTest[]> {
  const original = readOriginalJws(input.token);
  if (original === null) return [];
  let attacker: Promise<AttackerKey> | null = null;
  const ctx: Context = {
    original,
    input,
    signingKey: await importSigningKey(input.keys, original.alg),
    attacker: () => (attacker ??= makeAttackerKey(original.alg)),
  };
  return Promise.all(
    (Object.keys(VARIANT_FACTS) as VariantId[]).map(async (id): Promise<ValidatorTest> => {
      const result = await BUILDERS[id](ctx);
      const facts = VARIANT_FACTS[id];
      if ('needs' in result) return { ...facts, token: null, needs: result.needs };
      const { token, attackerJwk, finding = facts.finding } = result;
      return { ...facts, finding, token, needs: null, ...(attackerJwk ? { attackerJwk } : {}) };
    }),
  );
}
