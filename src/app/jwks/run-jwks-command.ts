import {
  discoveryUrlFor,
  validateVcIssuerMetadata,
  wellKnownUrlFor,
  readMaxAge,
  validateDiscovery,
  validateJwks,
  type Inspection,
  type JwksDocument,
  type KeySetEntry,
} from '../../core';
import { useAppStore, type JwksCommand, type JwksState } from '../../store';
import { fetchJson } from './careful-fetch';

interface CacheEntry {
  document: JwksDocument;
  fetchedAt: number;
  expiresAt: number;
  etag: string | null;
  maxAgeSource: string;
  /** When a refetch that bypassed the cache last started (kid miss or refresh). */
  lastForcedAt: number;
}

/** A relying party refetches for an unknown kid at most this often (OpenID Connect Core §10.1.1). */
export const UNKNOWN_KID_COOLDOWN_MS = 30_000;

/** Thumbprints need jose: loaded on the first fetch, keeping it out of the entry chunk. */
async function describeKeySet(keys: unknown[]): Promise<KeySetEntry[]> {
  const { describeKeySet: describe } = await import('../../core/jwks/describe-key-set');
  return describe(keys);
}

/** Key sets by resolved URL, for this tab only. */
const cache = new Map<string, CacheEntry>();

/** Carries out a fetch or discovery the user asked for; progress goes to the store under the command's id. */
export async function runJwksCommand(command: JwksCommand): Promise<void> {
  if (command.kind === 'fetch') {
    await fetchKeySet(command.id, command.url, command.force, command.reason, null);
    return;
  }
  const update = (patch: Partial<JwksState>) => useAppStore.getState().updateJwks(command.id, patch);
  if (command.kind === 'vc-issuer') {
    await fetchVcIssuerKeys(command.id, command.issuer);
    return;
  }
  let discoveryUrl = discoveryUrlFor(command.issuer);
  update({ status: 'loading', discoveryUrl, url: null, problem: null, reason: 'discovery' });
  let fetched = await fetchJson(discoveryUrl, { revalidate: false });
  // An OAuth authorization server that is no OpenID provider publishes RFC 8414 metadata instead.
  const oauthUrl = wellKnownUrlFor(command.issuer, 'oauth-authorization-server');
  if (!fetched.ok && oauthUrl) {
    const first = fetched;
    discoveryUrl = oauthUrl;
    update({ discoveryUrl });
    fetched = await fetchJson(oauthUrl, { revalidate: false });
    if (!fetched.ok) {
      const message = `${first.message} The RFC 8414 metadata (${oauthUrl}) failed too: ${fetched.message}`;
      update({ status: 'failed', problem: { code: first.code, message } });
      return;
    }
  }
  if (!fetched.ok) {
    update({ status: 'failed', problem: { code: fetched.code, message: fetched.message } });
    return;
  }
  const discovery = validateDiscovery(fetched.body, command.issuer, fetched.url);
  if (!discovery.ok) {
    update({ status: 'failed', problem: { code: discovery.code, message: discovery.message } });
    return;
  }
  useAppStore.getState().setJwksUrl(discovery.value.jwksUri);
  await fetchKeySet(command.id, discovery.value.jwksUri, false, 'discovery', discoveryUrl);
}

/**
 * SD-JWT VC §5: the issuer's JWT VC metadata, its `issuer` identical to the one asked for, then its keys —
 * inline (`jwks`) or fetched from `jwks_uri` with the same care as any key set.
 */
async function fetchVcIssuerKeys(id: number, issuer: string): Promise<void> {
  const update = (patch: Partial<JwksState>) => useAppStore.getState().updateJwks(id, patch);
  const metadataUrl = wellKnownUrlFor(issuer, 'jwt-vc-issuer');
  if (metadataUrl === null) {
    update({
      status: 'failed',
      problem: { code: 'discovery-invalid', message: `${JSON.stringify(issuer)} is not an absolute URL.` },
    });
    return;
  }
  update({ status: 'loading', discoveryUrl: metadataUrl, url: null, problem: null, reason: 'jwt-vc-issuer' });
  const fetched = await fetchJson(metadataUrl, { revalidate: false });
  if (!fetched.ok) {
    update({ status: 'failed', problem: { code: fetched.code, message: fetched.message } });
    return;
  }
  const metadata = validateVcIssuerMetadata(fetched.body, issuer, fetched.url);
  if (!metadata.ok) {
    update({ status: 'failed', problem: { code: metadata.code, message: metadata.message } });
    return;
  }
  if (metadata.value.kind === 'uri') {
    useAppStore.getState().setJwksUrl(metadata.value.jwksUri);
    await fetchKeySet(id, metadata.value.jwksUri, false, 'jwt-vc-issuer', metadataUrl);
    return;
  }
  const now = Date.now();
  const maxAge = readMaxAge(fetched.cacheControl);
  update({
    status: 'loaded',
    document: metadata.value.jwks,
    fetchedAt: now,
    expiresAt: now + maxAge.seconds * 1000,
    maxAgeSource: maxAge.source,
    problem: null,
    url: metadataUrl,
    discoveryUrl: metadataUrl,
    fromCache: false,
    isRevalidated: false,
    reason: 'jwt-vc-issuer',
    keySet: await describeKeySet(metadata.value.jwks.keys),
  });
}

async function fetchKeySet(
  id: number,
  rawUrl: string,
  force: boolean,
  reason: string,
  discoveryUrl: string | null,
): Promise<void> {
  const update = (patch: Partial<JwksState>) => useAppStore.getState().updateJwks(id, patch);
  const url = resolveUrl(rawUrl);
  const cached = url ? cache.get(url) : undefined;
  const now = Date.now();
  if (url && cached && !force && cached.expiresAt > now) {
    update({
      ...loadedState(cached),
      url,
      discoveryUrl,
      fromCache: true,
      isRevalidated: false,
      reason,
      keySet: await describeKeySet(cached.document.keys),
    });
    return;
  }
  update({ status: 'loading', url: url ?? rawUrl, discoveryUrl, problem: null, reason });
  const fetched = await fetchJson(rawUrl, { revalidate: cached !== undefined || force });
  if (!fetched.ok) {
    update({ status: 'failed', problem: { code: fetched.code, message: fetched.message } });
    return;
  }
  const jwks = validateJwks(fetched.body);
  if (!jwks.ok) {
    update({ status: 'failed', problem: { code: jwks.code, message: jwks.message } });
    return;
  }
  const maxAge = readMaxAge(fetched.cacheControl);
  const entry: CacheEntry = {
    document: jwks.value,
    fetchedAt: now,
    expiresAt: now + maxAge.seconds * 1000,
    etag: fetched.etag,
    maxAgeSource: maxAge.source,
    lastForcedAt: force ? now : (cached?.lastForcedAt ?? 0),
  };
  cache.set(url ?? rawUrl, entry);
  const isRevalidated = cached !== undefined && fetched.etag !== null && fetched.etag === cached.etag;
  update({
    ...loadedState(entry),
    url: url ?? rawUrl,
    discoveryUrl,
    fromCache: false,
    isRevalidated,
    reason,
    keySet: await describeKeySet(jwks.value.keys),
  });
}

function loadedState(entry: CacheEntry) {
  return {
    status: 'loaded' as const,
    document: entry.document,
    fetchedAt: entry.fetchedAt,
    expiresAt: entry.expiresAt,
    maxAgeSource: entry.maxAgeSource,
    problem: null,
  };
}

/**
 * After a verdict of `key-not-found` against a fetched set, refetch it once, bypassing the cache: the
 * issuer may have rotated its keys since the set was cached. The cooldown stops a loop for a kid that
 * is simply wrong.
 */
export function refetchForUnknownKid(inspection: Inspection): void {
  const state = useAppStore.getState();
  const url = state.jwks.url;
  const isKidUnknown = inspection.layers.some(
    (layer) => layer.kind === 'jws' && layer.entries.some((e) => e.keySelection.outcome === 'not-found'),
  );
  if (state.jwks.status !== 'loaded' || !url || !isKidUnknown) return;
  const entry = cache.get(url);
  const now = Date.now();
  if (!entry || now - entry.lastForcedAt < UNKNOWN_KID_COOLDOWN_MS) return;
  entry.lastForcedAt = now;
  state.requestJwksFetch(url, { force: true, reason: 'unknown-kid' });
}

function resolveUrl(raw: string): string | null {
  try {
    return new URL(raw.trim(), window.location.href).href;
  } catch {
    return null;
  }
}
