import type { DecodedToken, Finding, KeyBindingVerdict } from '../../../core';
import { CLAIMS, HEADER_PARAMETERS, lookUpName } from '../../../core';
import { JsonView } from '../../../ui/json-view';
import { PART_LOOK } from '../../../ui/look';
import { PART_TEXT_CLASS } from '../../../ui/part-colors';
import { Region } from '../../../ui/region';

interface KeyBindingRegionProps {
  kbJwt: DecodedToken;
  /** Null until this token has been inspected. */
  verdict: KeyBindingVerdict | null;
  findings: Finding[];
}

const VERDICT_WORDS: Record<KeyBindingVerdict, { text: string; className: string }> = {
  valid: {
    text: 'Key binding verified',
    className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
  },
  invalid: { text: 'Key binding invalid', className: 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100' },
  'not-verified': {
    text: 'Key binding not verified',
    className: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
  },
  absent: { text: 'No key binding', className: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100' },
};

/** What the key-binding JWT reported, by the finding's fields: its own codes, or a problem with one of its parts. */
const isKeyBindingFinding = (f: Finding) =>
  f.stage === 'sd-jwt' && (f.code.startsWith('kb-') || (f.part?.startsWith('kb-') ?? false));

/**
 * The key-binding JWT (RFC 9901 §4.3): its header and payload (iat, aud, nonce, sd_hash), and whether it
 * holds (§7.3). Its findings are listed here by code as well; the verdict above lists them in full.
 */
export function KeyBindingRegion({ kbJwt, verdict, findings }: KeyBindingRegionProps) {
  const part = (name: string) => kbJwt.parts.find((p) => p.name === name);
  const header = part('kb-header');
  const payload = part('kb-payload');
  const signature = part('kb-signature');
  const own = findings.filter(isKeyBindingFinding);
  const words = verdict ? VERDICT_WORDS[verdict] : null;
  return (
    <Region title="Key binding JWT" meta="signed by the holder" className="border-l-4 border-amber-500">
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
        The holder signs it with the key the issuer put in cnf, for one verifier (aud) and one request (nonce); sd_hash
        is the hash of the SD-JWT it presents, so no disclosure can be added or removed afterwards.
      </p>
      <p className="mb-2 text-xs font-medium">
        {words ? <span className={`rounded px-2 py-0.5 ${words.className}`}>{words.text}</span> : 'Checking…'}
      </p>
      {own.length > 0 ? (
        <ul aria-label="Key binding problems" className="mb-2 list-disc pl-5 text-xs">
          {own.map((f, i) => (
            <li key={`${f.code}-${i}`}>
              <code className="font-semibold">{f.code}</code> {f.message}
            </li>
          ))}
        </ul>
      ) : null}
      {[header, payload].map((p) =>
        p ? (
          <div key={p.name} className="mb-2">
            <h3 className={`text-xs font-semibold ${PART_TEXT_CLASS[p.name]}`}>{p.label}</h3>
            {p.content?.type === 'json' ? (
              <JsonView
                value={p.content.value}
                describeKey={(k) => lookUpName(p.name === 'kb-header' ? HEADER_PARAMETERS : CLAIMS, k)}
              />
            ) : (
              <p className="text-sm text-red-700 dark:text-red-400">Not readable JSON; see the findings.</p>
            )}
          </div>
        ) : null,
      )}
      {signature ? (
        <details className="text-xs">
          <summary className="cursor-pointer text-slate-600 dark:text-slate-400">{signature.label} (encoded)</summary>
          <pre className={`${PART_LOOK.encoded} ${PART_TEXT_CLASS[signature.name]}`}>{signature.encoded}</pre>
        </details>
      ) : null}
    </Region>
  );
}
