import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  buildShareFragment,
  type ShareDropReason,
  type ShareField,
  type ShareRequest,
} from '../../core/share/build-share-fragment';
import { useAppStore, type AppState } from '../../store';
import { Button } from '../../ui/button';

type ContextField = Exclude<ShareField, 'decryptionKey'>;

/** The checkboxes' labels, in the order the expectations and keys panels show the fields. */
const LABELS: Readonly<Record<ContextField, string>> = {
  issuer: 'Include the issuer',
  audience: 'Include the audience',
  algorithms: 'Include the algorithms',
  profile: 'Include the profile',
  jwksUrl: 'Include the key set URL',
  verificationKey: 'Include the public key',
};
const FIELDS = Object.keys(LABELS) as ContextField[];

const WHY_NOT: Readonly<Record<ShareDropReason, string>> = {
  empty: 'empty',
  'private-key': 'it is a private key, never shared',
  secret: 'it is a secret, never shared',
  'not-a-public-key': 'only a public JWK, JWK Set, SPKI PEM or certificate is shared',
  'never-shared': 'never shared',
  'looks-like-a-key': 'it looks like key material, never shared',
  'not-a-url': 'not an http(s) URL',
  'url-has-password': 'it holds a user name or password, never shared',
  invalid: 'not something this field can hold',
};

const selectRequest = (s: AppState): Omit<ShareRequest, 'withoutSignature'> => ({
  token: s.decoded.input.text,
  issuer: s.expectedIssuer,
  audience: s.expectedAudience,
  algorithms: s.allowedAlgorithms,
  profile: s.profileChoice,
  jwksUrl: s.jwksUrl,
  verificationKey: s.verificationKey,
  decryptionKey: s.decryptionKey,
});

/** What a field shows beside its checkbox; a key is summarised, never echoed. */
function preview(field: ContextField, value: string): string {
  return field === 'verificationKey' ? `${value.trim().split('\n', 1)[0]?.slice(0, 40) ?? ''}…` : value;
}

/**
 * The share link's options: which non-secret context goes with the token (core decides what may), the
 * live-credential warning, and the copy buttons. The link puts everything in the fragment.
 */
export function ShareOptions({ isLive }: { isLive: boolean }) {
  const request = useAppStore(useShallow(selectRequest));
  const [chosen, setChosen] = useState<ReadonlySet<ContextField>>(new Set());
  const [copied, setCopied] = useState<{ link: string; state: 'copied' | 'failed' } | null>(null);
  // Everything asked for once, to know what core would drop and say why beside its checkbox.
  const everything = buildShareFragment({ ...request, withoutSignature: false });
  const dropped = new Map(everything.ok ? everything.dropped.map((d) => [d.field, d.reason]) : []);
  const rows = FIELDS.map((field) => {
    const label = LABELS[field];
    const value = String(request[field] ?? '').trim();
    const isEmpty = value === '' || (field === 'profile' && value === 'auto');
    return { field, label, value, reason: isEmpty ? null : (dropped.get(field) ?? null), isEmpty };
  });

  const copy = (withoutSignature: boolean) => {
    const only = Object.fromEntries(FIELDS.map((field) => [field, chosen.has(field) ? request[field] : undefined]));
    const result = buildShareFragment({ ...request, ...only, withoutSignature });
    if (!result.ok) return;
    const link = `${window.location.origin}${window.location.pathname}${result.fragment}`;
    navigator.clipboard.writeText(link).then(
      () => setCopied({ link, state: 'copied' }),
      () => setCopied({ link, state: 'failed' }),
    );
  };
  const canRemoveSignature = buildShareFragment({ token: request.token, withoutSignature: true }).ok;

  return (
    <section aria-label="Share link" className="flex basis-full flex-col gap-2 rounded-lg border p-3 text-sm">
      <p className="text-xs text-slate-600 dark:text-slate-300">
        The token goes in the link’s fragment (after “#”), which browsers never send to a server. Add only what helps
        the reader check it:
      </p>
      <ul className="flex flex-col gap-1">
        {rows.map(({ field, label, value, reason, isEmpty }) => (
          <li key={field} className="flex flex-wrap items-baseline gap-2">
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={chosen.has(field) && reason === null && !isEmpty}
                disabled={reason !== null || isEmpty}
                onChange={(e) => setChosen(toggled(chosen, field, e.target.checked))}
              />
              {label}
            </label>
            <span className="truncate font-mono text-xs text-slate-600 dark:text-slate-400">
              {isEmpty ? '(empty)' : reason ? `not shared: ${WHY_NOT[reason]}` : preview(field, value)}
            </span>
          </li>
        ))}
      </ul>
      {dropped.has('decryptionKey') ? (
        <p className="text-xs">The decryption key (or password) is never shared.</p>
      ) : null}
      {isLive ? (
        <div
          role="alert"
          className="rounded border border-red-400 bg-red-50 p-2 text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          <strong>This token is a live credential.</strong> It has not expired: anyone who gets the link can present it
          where it is accepted, until it expires. Share it without its signature unless the reader must verify it.
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {canRemoveSignature ? (
          <Button variant={isLive ? 'primary' : 'secondary'} onClick={() => copy(true)}>
            Share without signature
          </Button>
        ) : null}
        <Button variant={isLive && canRemoveSignature ? 'secondary' : 'primary'} onClick={() => copy(false)}>
          {isLive ? 'Copy the link with its signature' : 'Copy the link'}
        </Button>
      </div>
      <p role="status" className="text-xs">
        {copied?.state === 'copied' ? 'Share link copied.' : null}
        {copied?.state === 'failed' ? 'The clipboard refused; copy the link below.' : null}
      </p>
      {copied ? (
        <label className="flex flex-col gap-1 text-xs">
          The share link
          <input
            readOnly
            value={copied.link}
            className="rounded border px-2 py-1 font-mono"
            onFocus={(e) => e.target.select()}
          />
        </label>
      ) : null}
    </section>
  );
}

function toggled<T>(set: ReadonlySet<T>, item: T, isOn: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (isOn) next.add(item);
  else next.delete(item);
  return next;
}
