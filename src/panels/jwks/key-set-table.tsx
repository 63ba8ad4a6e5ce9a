import { useAppStore } from '../../store';

/** Every key of the fetched set, which one verified the token, and why others cannot. */
export function KeySetTable() {
  const keySet = useAppStore((s) => s.jwks.keySet);
  const inspection = useAppStore((s) => s.inspection);
  const jws = inspection?.layers.findLast((l) => l.kind === 'jws');
  const verifiedBy = (kid: string | null, index: number) =>
    inspection?.signature === 'valid' &&
    (jws?.entries ?? []).some(
      (e) => e.verdict === 'valid' && (e.kid !== null ? e.kid === kid : (e.keyUsed ?? '').includes(`keys[${index}]`)),
    );

  return (
    <div className="overflow-x-auto">
      <table aria-label="Fetched keys" className="w-full text-left text-xs">
        <thead>
          <tr className="border-b">
            <th className="py-1 pr-2">kid</th>
            <th className="pr-2">type</th>
            <th className="pr-2">alg</th>
            <th className="pr-2">use</th>
            <th className="pr-2">thumbprint (RFC 7638)</th>
            <th>status</th>
          </tr>
        </thead>
        <tbody>
          {keySet.map((key) => {
            const isVerifier = verifiedBy(key.kid, key.index);
            return (
              <tr
                key={key.index}
                data-kid={key.kid ?? ''}
                data-verified={isVerifier ? 'true' : 'false'}
                className="border-b align-top"
              >
                <td className="py-1 pr-2 font-mono break-all">{key.kid ?? '—'}</td>
                <td className="pr-2">
                  {key.kty ?? '?'}
                  {key.size ? ` · ${key.size}` : ''}
                </td>
                <td className="pr-2 font-mono">{key.alg ?? '—'}</td>
                <td className="pr-2">{key.use ?? '—'}</td>
                <td className="pr-2 font-mono break-all">{key.thumbprint ?? '—'}</td>
                <td>
                  {isVerifier ? (
                    <strong className="text-emerald-700 dark:text-emerald-400">verified this token</strong>
                  ) : key.problem ? (
                    <span className="text-amber-700 dark:text-amber-400">unsuitable: {key.problem}</span>
                  ) : (
                    'usable'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
