import { discoveryUrlFor, wellKnownUrlFor, FINDINGS, formatSpan } from '../../core';
import { selectTokenIssuer, useAppStore } from '../../store';
import { Button } from '../../ui/button';
import { Region } from '../../ui/region';
import { TextField } from '../../ui/field';
import { KeySetTable } from './key-set-table';
import { RotationGuide } from './rotation-guide';

/** Keys from the network: a JWKS URL or OIDC discovery, fetched only when the user clicks. */
export function JwksPanel() {
  const jwksUrl = useAppStore((s) => s.jwksUrl);
  const setJwksUrl = useAppStore((s) => s.setJwksUrl);
  const issuerInput = useAppStore((s) => s.discoveryIssuer);
  const setIssuer = useAppStore((s) => s.setDiscoveryIssuer);
  const tokenIssuer = useAppStore(selectTokenIssuer);
  const jwks = useAppStore((s) => s.jwks);
  const nowSeconds = useAppStore((s) => s.nowSeconds);
  const requestFetch = useAppStore((s) => s.requestJwksFetch);
  const requestDiscovery = useAppStore((s) => s.requestDiscovery);
  const requestVcIssuerMetadata = useAppStore((s) => s.requestVcIssuerMetadata);
  const issuer = issuerInput.trim() || tokenIssuer || '';
  const isLoading = jwks.status === 'loading';

  return (
    <Region title="Keys from the network" label="Key set" className="flex flex-col gap-3">
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <TextField
            label="JWKS URL"
            value={jwksUrl}
            onChange={setJwksUrl}
            placeholder="https://issuer.example.com/.well-known/jwks.json"
          />
        </div>
        <Button disabled={isLoading || !jwksUrl.trim()} onClick={() => requestFetch(jwksUrl)}>
          Fetch keys
        </Button>
      </div>
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <TextField
            label="Issuer for discovery"
            value={issuerInput}
            onChange={setIssuer}
            placeholder={tokenIssuer ?? 'https://issuer.example.com'}
            hint={
              issuer ? (
                <>
                  Will request {discoveryUrlFor(issuer)} (then RFC 8414 metadata if that fails); JWT VC issuer keys
                  request {wellKnownUrlFor(issuer, 'jwt-vc-issuer') ?? 'the issuer’s jwt-vc-issuer metadata'}
                </>
              ) : (
                'Type an issuer, or paste a token with "iss".'
              )
            }
          />
        </div>
        <Button disabled={isLoading || !issuer} onClick={() => requestDiscovery(issuer)}>
          Discover from issuer
        </Button>
        <Button disabled={isLoading || !issuer} onClick={() => requestVcIssuerMetadata(issuer)}>
          JWT VC issuer keys
        </Button>
      </div>
      <div role="status" aria-label="Key set status" data-jwks-status={jwks.status} className="text-xs">
        {jwks.status === 'loading' ? <p>Requesting {jwks.url ?? jwks.discoveryUrl}…</p> : null}
        {jwks.status === 'loaded' && jwks.fetchedAt !== null && jwks.expiresAt !== null ? (
          <p>
            {jwks.keySet.length} key{jwks.keySet.length === 1 ? '' : 's'} from {jwks.url} ·{' '}
            {jwks.fromCache ? 'from cache, ' : ''}fetched{' '}
            {formatSpan(Math.max(0, nowSeconds - Math.floor(jwks.fetchedAt / 1000)))} ago · refresh in{' '}
            {formatSpan(Math.max(0, Math.floor(jwks.expiresAt / 1000) - nowSeconds))} ({jwks.maxAgeSource})
            {jwks.isRevalidated ? ' · unchanged (ETag revalidated)' : ''}
            {jwks.reason === 'unknown-kid' ? ' · refetched because the token’s kid was not in the cached set' : ''}{' '}
            <Button onClick={() => jwks.url && requestFetch(jwks.url, { force: true, reason: 'refresh' })}>
              Refresh now
            </Button>
          </p>
        ) : null}
        {jwks.status === 'failed' && jwks.problem ? (
          <div
            data-finding={jwks.problem.code}
            className="rounded border-l-4 border-red-500 bg-red-50 px-3 py-2 text-sm dark:bg-red-950/40"
          >
            <p className="font-semibold">{FINDINGS[jwks.problem.code].title}</p>
            <p className="break-words">{jwks.problem.message}</p>
            <p className="mt-1 text-xs">{FINDINGS[jwks.problem.code].hint}</p>
            <p className="mt-0.5 font-mono text-[11px] text-slate-600 dark:text-slate-400">{jwks.problem.code}</p>
          </div>
        ) : null}
      </div>
      {jwks.keySet.length > 0 ? <KeySetTable /> : null}
      <RotationGuide />
    </Region>
  );
}
