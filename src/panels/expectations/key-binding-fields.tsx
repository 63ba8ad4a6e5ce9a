import { KB_IAT_WINDOW_SEC } from '../../core';
import { useAppStore } from '../../store';
import { TextField } from '../../ui/field';

/**
 * The verifier's side of SD-JWT key binding (RFC 9901 §7.3): whether a key-binding JWT is required, and the
 * audience and nonce it must carry. Whether one is required is never inferred from the token.
 */
export function KeyBindingFields() {
  const keyBinding = useAppStore((s) => s.keyBinding);
  const setKeyBinding = useAppStore((s) => s.setKeyBinding);
  return (
    <fieldset className="flex flex-col gap-2 rounded border p-2">
      <legend className="px-1 text-xs font-semibold">Key binding (SD-JWT)</legend>
      <label className="flex items-center gap-2 text-xs font-semibold">
        <input
          type="checkbox"
          checked={keyBinding.required}
          onChange={(e) => setKeyBinding({ required: e.target.checked })}
        />
        Key binding required
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Key binding audience"
          value={keyBinding.audience}
          onChange={(audience) => setKeyBinding({ audience })}
          placeholder="https://verifier.example (empty: not checked)"
        />
        <TextField
          label="Key binding nonce"
          value={keyBinding.nonce}
          onChange={(nonce) => setKeyBinding({ nonce })}
          placeholder="the nonce you sent (empty: not checked)"
        />
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        The holder signs a key-binding JWT with the key in the issuer’s cnf: its aud and nonce tie the presentation to
        you and this request, its sd_hash to these disclosures; its iat must be within {KB_IAT_WINDOW_SEC / 60} minutes.
      </p>
    </fieldset>
  );
}
