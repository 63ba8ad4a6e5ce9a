import { parseKeyInput } from '../keys/parse-key-input';
import type { KeyCandidate, ParsedKeyInput } from '../keys/types';
import type { JsonObject } from '../types';
import { verifyX5cChain } from './verify-x5c-chain';

/**
 * The key of a header's `x5c` leaf (RFC 7515 §4.1.6), only when its chain ends at one of the user's trust
 * anchors: a token cannot vouch for its own key (RFC 8725 §3.10), a CA the user named can. Nothing at all
 * when the header has no `x5c` or no anchors were given (the decoder's `header-key-ignored` stands);
 * otherwise the chain's findings (`x5c-chain-valid`, `x5c-chain-invalid`, `x5c-untrusted`,
 * `trust-anchor-invalid`) and, when trusted, one candidate with source `token`. `now` is in seconds.
 * `layer` (outermost 0) is set on the findings of a nested token's inner header.
 */
export async function readTrustedX5cKey(
  header: JsonObject | null,
  trustAnchors: string | undefined,
  now: number,
  layer?: number,
): Promise<ParsedKeyInput> {
  if (header === null || !Object.hasOwn(header, 'x5c') || trustAnchors === undefined || trustAnchors.trim() === '')
    return { candidates: [], findings: [] };
  const chain = await verifyX5cChain({
    x5c: header.x5c,
    trustAnchors,
    now,
    ...(Object.hasOwn(header, 'x5t#S256') ? { x5tS256: header['x5t#S256'] } : {}),
    ...(Object.hasOwn(header, 'x5t') ? { x5t: header.x5t } : {}),
  });
  const onLayer = <T extends object>(item: T): T => (layer === undefined ? item : { ...item, layer });
  const findings = chain.findings.map(onLayer);
  if (chain.status !== 'trusted' || chain.leafPem === undefined) return { candidates: [], findings };
  const parsed = await parseKeyInput(chain.leafPem);
  const label = `the x5c leaf certificate ${chain.leafName ?? ''}, trusted through anchor ${chain.anchorName ?? ''}`;
  const candidates: KeyCandidate[] = parsed.candidates.map((candidate) => ({ ...candidate, label, source: 'token' }));
  // The leaf's key may be of a kind JWT Lens cannot use (Ed448, DSA): say so about the token's header.
  const unusable = parsed.findings
    .filter((f) => f.code === 'key-invalid')
    .map(({ at: _at, ...f }) => onLayer({ ...f, source: 'token' as const, part: 'header' as const, name: 'x5c' }));
  return { candidates, findings: [...findings, ...unusable] };
}
