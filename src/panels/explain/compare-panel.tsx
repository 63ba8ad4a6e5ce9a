import { useMemo } from 'react';
import { compareJwsJwe } from '../../core';
import { useAppStore } from '../../store';

/** JWS, JWE and SD-JWT side by side, with the current token's kind highlighted. */
export function ComparePanel() {
  const inspection = useAppStore((s) => s.inspection);
  const table = useMemo(() => compareJwsJwe(inspection), [inspection]);
  const highlight = (kind: 'jws' | 'jwe' | 'sd-jwt') =>
    table.current === kind || (table.current === 'nested' && kind !== 'sd-jwt') ? 'bg-sky-50 dark:bg-sky-950/40' : '';
  return (
    <details className="rounded-lg border bg-white p-3 text-sm shadow-sm dark:bg-slate-900">
      <summary className="cursor-pointer text-sm font-semibold tracking-wide uppercase">JWS vs JWE vs SD-JWT</summary>
      <section aria-label="JWS vs JWE vs SD-JWT" className="mt-2 overflow-x-auto">
        {table.current ? (
          <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
            This token is{' '}
            {table.current === 'nested'
              ? 'both: a JWS inside a JWE'
              : `${table.current === 'sd-jwt' ? 'an' : 'a'} ${table.current.toUpperCase()}`}
            .
          </p>
        ) : null}
        <table className="w-full text-left text-xs">
          <thead>
            <tr className="border-b">
              <th className="py-1 pr-2">Aspect</th>
              <th className={`pr-2 ${highlight('jws')}`}>JWS (signed)</th>
              <th className={`pr-2 ${highlight('jwe')}`}>JWE (encrypted)</th>
              <th className={highlight('sd-jwt')}>SD-JWT (selective disclosure)</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.aspect} className="border-b align-top">
                <th scope="row" className="py-1 pr-2 font-semibold">
                  {row.aspect}
                </th>
                <td className={`pr-2 ${highlight('jws')}`}>{row.jws}</td>
                <td className={`pr-2 ${highlight('jwe')}`}>{row.jwe}</td>
                <td className={highlight('sd-jwt')}>{row.sdJwt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </details>
  );
}
