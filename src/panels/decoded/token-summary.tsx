import type { DecodedToken } from '../../core';

const FORMAT_WORDS: Record<DecodedToken['format'], string> = {
  'jws-compact': 'JWS · compact serialization',
  'jwe-compact': 'JWE · compact serialization',
  'jws-json': 'JWS · JSON serialization',
  'jwe-json': 'JWE · JSON serialization',
  'sd-jwt': 'SD-JWT · compact (issuer JWT ~ disclosures ~ key binding)',
  'sd-jwt-json': 'SD-JWT · JSON serialization',
  unknown: 'Not a token',
};

/** One line: what kind of token this is and which algorithms it names. */
export function TokenSummary({ decoded }: { decoded: DecodedToken }) {
  const header = decoded.header;
  const words = (name: string) =>
    header && Object.hasOwn(header, name) && typeof header[name] === 'string' ? String(header[name]) : null;
  const alg = words('alg');
  const enc = words('enc');
  const kid = words('kid');
  const typ = words('typ');
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm" data-format={decoded.format}>
      <span className="rounded bg-slate-800 px-2 py-0.5 font-semibold text-white dark:bg-slate-200 dark:text-slate-900">
        {decoded.isUnsecured ? 'Unsecured JWS (alg: none)' : FORMAT_WORDS[decoded.format]}
      </span>
      {alg ? <Chip label="alg" value={alg} /> : null}
      {enc ? <Chip label="enc" value={enc} /> : null}
      {typ ? <Chip label="typ" value={typ} /> : null}
      {kid ? <Chip label="kid" value={kid} /> : null}
    </p>
  );
}

function Chip({ label, value }: { label: string; value: string }) {
  return (
    <span className="max-w-full truncate rounded border px-1.5 py-0.5 font-mono text-xs" title={value}>
      <span className="text-slate-600 dark:text-slate-400">{label}</span> {value}
    </span>
  );
}
