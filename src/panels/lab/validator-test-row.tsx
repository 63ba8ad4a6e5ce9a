import { FINDINGS } from '../../core/findings/catalogue';
import type { ValidatorTest, ValidatorTestNeed } from '../../core/lab';
import { Button } from '../../ui/button';
import { CopyButton } from '../../ui/copy-button';

const NEEDS: Record<ValidatorTestNeed, string> = {
  url: 'needs an attacker URL: type one above',
  'signing-key': 'needs your private key or HMAC secret in "Verification key" to re-sign',
  'public-key': 'needs the issuer’s RSA or EC public key in "Verification key"',
  'recipient-key': 'needs a recipient key (RSA, EC or X25519) in "Decryption key"',
  expectations: 'needs the expected issuer and audience',
  'json-claims': 'needs a payload that is a JSON object',
  'exp-claim': 'needs a token with exp',
};

interface ValidatorTestRowProps {
  variant: ValidatorTest;
  onInspect: (token: string) => void;
}

/** One attack: what it tests, where it comes from, the right answer, and JWT Lens's own finding for it. */
export function ValidatorTestRow({ variant, onInspect }: ValidatorTestRowProps) {
  const finding = FINDINGS[variant.finding];
  const { token } = variant;
  return (
    <li data-variant={variant.id} className="flex flex-col gap-1 border-t py-2">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold">{variant.title}</h3>
        <span className="ml-auto flex gap-1">
          {token === null ? null : (
            <>
              <CopyButton text={token} label="Copy" />
              <Button onClick={() => onInspect(token)}>Inspect</Button>
            </>
          )}
        </span>
      </div>
      <p className="text-xs">{variant.tests}</p>
      <p className="text-xs">
        <a
          href={variant.source.url}
          target="_blank"
          rel="noreferrer"
          className="text-sky-700 underline dark:text-sky-400"
        >
          {variant.source.name}
        </a>
      </p>
      <p className="text-xs font-semibold text-emerald-800 dark:text-emerald-300" data-expect>
        {variant.expect}
      </p>
      <p className="text-xs text-slate-700 dark:text-slate-300" data-finding={variant.finding}>
        JWT Lens: <strong>{finding.title}</strong> — {finding.hint}
      </p>
      {token === null ? (
        <p className="text-xs text-amber-800 dark:text-amber-300" data-needs={variant.needs}>
          {variant.needs ? NEEDS[variant.needs] : null}
        </p>
      ) : (
        <code className="block truncate font-mono text-xs text-slate-600 dark:text-slate-400" data-token>
          {token}
        </code>
      )}
    </li>
  );
}
