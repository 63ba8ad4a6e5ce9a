// `inspect()` per algorithm in Node, the ones WebCrypto has (through jose) beside the ones it lacks (the
// lazy @noble and node-forge engines, issue 15), and "Try common secrets" over the whole bundled list.
// Keys and tokens are made by the core's own issuer: this measures speed, not conformance (the unit
// tests check the algorithms against node:crypto, node-jose, Wycheproof and RFC vectors).
import { withCore } from './bench-inspect.mjs';

const RUNS = 30;
const WARMUP = 5;
const CLAIMS = { iss: 'https://issuer.example', sub: 'bench', aud: 'bench-api' };

const CASES = [
  { label: 'RS256', mode: 'sign', alg: 'RS256' },
  { label: 'ES256', mode: 'sign', alg: 'ES256' },
  { label: 'EdDSA (Ed25519)', mode: 'sign', alg: 'Ed25519' },
  { label: 'ES256K', mode: 'sign', alg: 'ES256K' },
  { label: 'Ed448', mode: 'sign', alg: 'Ed448' },
  { label: 'ML-DSA-44', mode: 'sign', alg: 'ML-DSA-44' },
  { label: 'ML-DSA-65', mode: 'sign', alg: 'ML-DSA-65' },
  { label: 'ML-DSA-87', mode: 'sign', alg: 'ML-DSA-87' },
  { label: 'RSA-OAEP-256 + A256GCM', mode: 'encrypt', alg: 'RSA-OAEP-256', enc: 'A256GCM' },
  { label: 'RSA1_5 + A128CBC-HS256', mode: 'encrypt', alg: 'RSA1_5', enc: 'A128CBC-HS256' },
  { label: 'A192KW + A192CBC-HS384', mode: 'encrypt', alg: 'A192KW', enc: 'A192CBC-HS384' },
  { label: 'dir + A192GCM', mode: 'encrypt', alg: 'dir', enc: 'A192GCM' },
];

const median = (samples) => {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const round = (x) => Math.round(x * 100) / 100;

async function timeCase(core, c) {
  const key = await core.generateKeyFor(c.alg, c.mode, c.enc);
  if (!key.ok) throw new Error(`${c.label}: no key (${key.message})`);
  const issued = await core.issueToken({
    header: { alg: c.alg, ...(c.enc ? { enc: c.enc } : {}) },
    claims: CLAIMS,
    mode: c.mode,
    serialization: 'compact',
    ...(c.mode === 'sign'
      ? { signing: { alg: c.alg, key: key.keyText } }
      : { encryption: { alg: c.alg, enc: c.enc, key: key.keyText } }),
  });
  if (!issued.ok) throw new Error(`${c.label}: not issued (${issued.findings.map((f) => f.message).join('; ')})`);
  const options =
    c.mode === 'sign'
      ? { verificationKey: issued.verificationKey }
      : { decryptionKey: key.privateKeyText ?? key.keyText };
  const samples = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const start = performance.now();
    const result = await core.inspect(issued.token, options);
    const elapsed = performance.now() - start;
    const ok = c.mode === 'sign' ? result.signature === 'valid' : result.decryption === 'decrypted';
    if (!ok) throw new Error(`${c.label}: did not verify or decrypt (${result.headline})`);
    if (i >= WARMUP) samples.push(elapsed);
  }
  return { label: c.label, engines: enginesOf(core, c), medianMs: round(median(samples)), runs: RUNS, warmup: WARMUP };
}

function enginesOf(core, c) {
  const names = [c.alg, c.enc].filter(Boolean);
  const engines = names.map(
    (name) => (core.JWS_ALGORITHMS?.[name] ?? core.JWE_ALGORITHMS?.[name] ?? core.JWE_ENCRYPTIONS?.[name])?.engine,
  );
  return [...new Set(engines.filter(Boolean))].join('+') || 'jose';
}

/** inspect() per algorithm, the first run of each (which loads a lazy engine) left out of the median. */
export function benchInspectPerAlgorithm() {
  return withCore(
    async (core) => {
      const rows = [];
      for (const c of CASES) rows.push(await timeCase(core, c));
      return rows;
    },
    ['/src/core/algorithms/registry.ts'],
  );
}

/** "Try common secrets": every bundled secret tried against an HS256 token signed with a random one. */
export function benchCommonSecrets() {
  return withCore(async (core) => {
    const secrets = await core.loadCommonSecrets();
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const issued = await core.issueToken({
      header: { alg: 'HS256' },
      claims: CLAIMS,
      mode: 'sign',
      serialization: 'compact',
      signing: { alg: 'HS256', key: JSON.stringify({ kty: 'oct', k: Buffer.from(secret).toString('base64url') }) },
    });
    if (!issued.ok) throw new Error('common secrets: the HS256 token was not issued');
    const decoded = core.decodeToken(issued.token);
    const start = performance.now();
    const result = await core.tryCommonSecrets(decoded, secrets);
    const ms = performance.now() - start;
    if (result.found !== null || result.tried !== secrets.length) throw new Error('common secrets: unexpected result');
    return { secrets: secrets.length, ms: Math.round(ms), perSecondThousands: round(secrets.length / ms) };
  });
}
