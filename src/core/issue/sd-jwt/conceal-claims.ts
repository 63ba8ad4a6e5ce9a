import { encodeBase64Url } from '../../encoding/base64url';
import { isJsonObject } from '../../json/is-json-object';
import { hashText } from '../../sd-jwt/hash-disclosures';
import { formatClaimPath, type ClaimPath } from './claim-paths';
import type { IssuedDisclosure } from './types';
import { setOwn } from '../../json/set-own';

type Hash = 'SHA-256' | 'SHA-384' | 'SHA-512';

/** One node of the disclosable paths, keyed by member name or element index. */
interface PathNode {
  isDisclosable: boolean;
  children: Map<string | number, PathNode>;
}

function buildPathTree(paths: ReadonlyArray<ClaimPath>): PathNode {
  const root: PathNode = { isDisclosable: false, children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = { isDisclosable: false, children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.isDisclosable = true;
  }
  return root;
}

/**
 * How many decoys each object with an `_sd` gets: spread at random over the objects that will have one
 * and the top level, so the count of digests in any one `_sd` says nothing.
 */
function placeDecoys(claims: unknown, tree: PathNode, decoys: number): Map<PathNode, number> {
  const holders: PathNode[] = [tree];
  const visit = (value: unknown, node: PathNode) => {
    if (Array.isArray(value)) {
      node.children.forEach((child, segment) => {
        if (typeof segment === 'number') visit(value[segment], child);
      });
      return;
    }
    if (!isJsonObject(value)) return;
    if (node !== tree && [...node.children.values()].some((child) => child.isDisclosable)) holders.push(node);
    node.children.forEach((child, segment) => {
      if (typeof segment === 'string' && Object.hasOwn(value, segment)) visit(value[segment], child);
    });
  };
  visit(claims, tree);
  const placed = new Map<PathNode, number>();
  for (let i = 0; i < decoys; i++) {
    const holder = holders[randomBelow(holders.length)] ?? tree;
    placed.set(holder, (placed.get(holder) ?? 0) + 1);
  }
  return placed;
}

/** 128 bits from the platform CSPRNG (RFC 9901 §4.2.1, §9.3), base64url. */
function makeSalt(): string {
  return encodeBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}

function randomBelow(n: number): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % n;
}

/**
 * Replaces the disclosable members by digests in `_sd` and the disclosable elements by `{"...": digest}`
 * (RFC 9901 §4.2.4), innermost first so a disclosure may hold digests of others (recursive disclosures,
 * §4.2.6). Decoys (§4.2.5) go into randomly chosen `_sd` arrays, the top level's among them; every `_sd`
 * is sorted, so neither order nor position tells a decoy from a real digest. Paths must exist.
 */
export async function concealClaims(
  claims: Readonly<Record<string, unknown>>,
  disclosable: ReadonlyArray<ClaimPath>,
  decoys: number,
  hash: Hash,
): Promise<{ payload: Record<string, unknown>; disclosures: IssuedDisclosure[] }> {
  const tree = buildPathTree(disclosable);
  const decoysAt = placeDecoys(claims, tree, decoys);
  const made: Array<IssuedDisclosure & { order: number }> = [];
  let order = 0;

  const disclose = async (path: ClaimPath, name: string | null, value: unknown, at: number) => {
    const salt = makeSalt();
    const json = JSON.stringify(name === null ? [salt, value] : [salt, name, value]);
    const encoded = encodeBase64Url(new TextEncoder().encode(json));
    const digest = await hashText(hash, encoded);
    made.push({ index: 0, encoded, digest, path, label: formatClaimPath(path), name, value, order: at });
    return digest;
  };

  const conceal = async (value: unknown, node: PathNode | undefined, path: ClaimPath): Promise<unknown> => {
    if (node === undefined || (node.children.size === 0 && !decoysAt.has(node))) return value;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const child = node.children.get(i);
        const at = order++;
        const inner = await conceal(value[i], child, [...path, i]);
        out.push(child?.isDisclosable ? { '...': await disclose([...path, i], null, inner, at) } : inner);
      }
      return out;
    }
    if (!isJsonObject(value)) return value;
    const out: Record<string, unknown> = {};
    const sd: string[] = [];
    for (const name of Object.keys(value)) {
      const child = node.children.get(name);
      const at = order++;
      const inner = await conceal(value[name], child, [...path, name]);
      if (child?.isDisclosable) sd.push(await disclose([...path, name], name, inner, at));
      else setOwn(out, name, inner);
    }
    // Decoys before the digests are sorted and before a disclosure that holds this object is encoded.
    for (let i = decoysAt.get(node) ?? 0; i > 0; i--) sd.push(await hashText(hash, makeSalt()));
    if (sd.length > 0) out._sd = sd.sort();
    return out;
  };

  const concealed = (await conceal(claims, tree, [])) as Record<string, unknown>;
  // Never the caller's object, which comes back as it is when nothing is concealed.
  const payload: Record<string, unknown> = {};
  for (const name of Object.keys(concealed)) setOwn(payload, name, concealed[name]);
  made.sort((a, b) => a.order - b.order);
  return { payload, disclosures: made.map(({ order: _order, ...d }, index) => ({ ...d, index })) };
}
