import { useMemo, useState } from 'react';
import {
  buildEditorSchema,
  issueSdJwt,
  issueToken,
  listIssueAlgorithms,
  type IssueMode,
  type IssueResult,
  type IssueSerialization,
  type SdJwtIssueResult,
} from '../../core';
import { useAppStore } from '../../store';
import { Button } from '../../ui/button';
import { SelectField } from '../../ui/field';
import { FindingList } from '../../ui/finding-list';
import { Region } from '../../ui/region';
import { ClaimsHelpers } from './claims-helpers';
import { JsonField } from './json-field';
import { IssuedToken } from './issued-token';
import { KeyInput } from './key-input';
import { SdJwtFields } from './sd-jwt-fields';
import { SdJwtIssued } from './sd-jwt-issued';
import { buildSdJwtRequest, START_SD_JWT, type SdJwtChoices } from './sd-jwt-request';
import { ResignNote } from './resign-note';
import { TemplateFields } from './template-fields';
import type { TemplateScenario } from './to-scenario';
import { useResignDraft, type ResignState } from './use-resign-draft';
import { useTemplate } from './use-template';

const MODES: ReadonlyArray<{ value: IssueMode; label: string }> = [
  { value: 'sign', label: 'Sign (JWS)' },
  { value: 'encrypt', label: 'Encrypt (JWE)' },
  { value: 'sign-then-encrypt', label: 'Sign, then encrypt (nested)' },
];
const SERIALIZATIONS: ReadonlyArray<{ value: IssueSerialization; label: string }> = [
  { value: 'compact', label: 'Compact' },
  { value: 'flattened', label: 'JSON (flattened)' },
  { value: 'general', label: 'JSON (general)' },
];
const START_CLAIMS = {
  iss: 'https://issuer.jwt-lens.example',
  sub: 'user-123',
  aud: 'my-api',
};

/**
 * The issuer side: build claims, sign, encrypt or nest, and open the result in the inspector. "Edit and
 * re-sign" in the inspector starts it over with that token's header, claims and key.
 */
export function IssuerPanel() {
  const { ready, isPending } = useResignDraft();
  if (isPending) {
    return (
      <Region title="Issue a token">
        <p role="status">Opening the token from the inspector…</p>
      </Region>
    );
  }
  return <IssuerForm key={ready?.id ?? 0} resign={ready} />;
}

function IssuerForm({ resign }: { resign: ResignState | null }) {
  const algorithms = useMemo(() => listIssueAlgorithms(), []);
  const nowSeconds = useAppStore((s) => s.nowSeconds);
  const draft = resign?.draft ?? null;
  const [headerText, setHeaderText] = useState(draft?.headerText ?? '{\n  "typ": "JWT"\n}');
  const [claimsText, setClaimsText] = useState(
    () => draft?.claimsText ?? JSON.stringify({ ...START_CLAIMS, iat: nowSeconds, exp: nowSeconds + 900 }, null, 2),
  );
  const [mode, setMode] = useState<IssueMode>('sign');
  const [serialization, setSerialization] = useState<IssueSerialization>('compact');
  const [signAlg, setSignAlg] = useState(() => startAlg(algorithms.sign, draft?.alg));
  const [signingKey, setSigningKey] = useState(draft?.key?.text ?? '');
  const [encAlg, setEncAlg] = useState(
    algorithms.encryptAlg.includes('RSA-OAEP-256') ? 'RSA-OAEP-256' : (algorithms.encryptAlg[0] ?? ''),
  );
  const [enc, setEnc] = useState(
    algorithms.encryptEnc.includes('A256GCM') ? 'A256GCM' : (algorithms.encryptEnc[0] ?? ''),
  );
  const [recipientKey, setRecipientKey] = useState('');
  const [recipientPrivateKey, setRecipientPrivateKey] = useState<string | null>(null);
  const [isUnsecured, setUnsecured] = useState(draft?.alg === 'none');
  // The recipient's private key and the template's profile and links as they were when the token was
  // made, for the round trip to the inspector.
  const [result, setResult] = useState<{
    issued: IssueResult;
    recipientPrivateKey: string | null;
    scenario: TemplateScenario | null;
  } | null>(null);
  const [sdJwt, setSdJwt] = useState<SdJwtChoices>(START_SD_JWT);
  // The holder's private key goes with the SD-JWT it was made for, to the "Present" step.
  const [sdResult, setSdResult] = useState<{ issued: SdJwtIssueResult; holderPrivateKey: string } | null>(null);
  const [isBusy, setBusy] = useState(false);
  const template = useTemplate({
    alg: isUnsecured ? 'none' : signAlg,
    signingKey,
    nowSeconds,
    setHeaderText,
    setClaimsText,
    setSignAlg,
  });

  const header = parse(headerText);
  const claims = parse(claimsText);
  // An SD-JWT is a signed compact JWT with disclosures after it (RFC 9901 §4): no encryption here.
  const signs = sdJwt.isOn || mode !== 'encrypt';
  const encrypts = !sdJwt.isOn && mode !== 'sign';

  const issue = async () => {
    if (!header.ok || !claims.ok) return;
    setBusy(true);
    if (sdJwt.isOn) {
      const signing = { alg: isUnsecured ? 'none' : signAlg, key: signingKey };
      const issued = await issueSdJwt(buildSdJwtRequest(sdJwt, claims.value, signing));
      setResult(null);
      setSdResult({ issued, holderPrivateKey: sdJwt.holderPrivateKey });
      setBusy(false);
      return;
    }
    setSdResult(null);
    const issued = await issueToken({
      header: header.value,
      claims: claims.value,
      mode,
      serialization: mode === 'sign-then-encrypt' ? 'compact' : serialization,
      ...(signs ? { signing: { alg: isUnsecured ? 'none' : signAlg, key: signingKey } } : {}),
      ...(encrypts ? { encryption: { alg: encAlg, enc, key: recipientKey } } : {}),
      allowUnsecured: isUnsecured,
      now: nowSeconds,
    });
    setResult({ issued, recipientPrivateKey, scenario: template.snapshot() });
    setBusy(false);
  };

  return (
    <Region title="Issue a token" meta="everything happens in this tab; keys are never stored">
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-3">
          {resign ? <ResignNote draft={resign.draft} /> : null}
          <TemplateFields template={template} />
          <JsonField
            label="Header (JSON)"
            value={headerText}
            onChange={setHeaderText}
            path="issuer/header.json"
            schema={buildEditorSchema('header')}
            error={header.ok ? null : header.error}
          />
          <JsonField
            label="Claims (JSON)"
            value={claimsText}
            onChange={setClaimsText}
            path="issuer/claims.json"
            schema={buildEditorSchema('claims')}
            error={claims.ok ? null : claims.error}
          />
          <ClaimsHelpers claimsText={claimsText} onChange={setClaimsText} nowSeconds={nowSeconds} />
        </div>
        <div className="flex flex-col gap-3">
          <label className="flex items-center gap-2 text-xs font-semibold">
            <input
              type="checkbox"
              checked={sdJwt.isOn}
              onChange={(e) => setSdJwt({ ...sdJwt, isOn: e.target.checked })}
            />
            Selective disclosure (SD-JWT)
          </label>
          {sdJwt.isOn ? (
            <SdJwtFields choices={sdJwt} onChange={setSdJwt} claims={claims.ok ? claims.value : undefined} />
          ) : null}
          <div className={sdJwt.isOn ? 'hidden' : 'grid gap-3 sm:grid-cols-2'}>
            <SelectField label="Output" value={mode} options={MODES} onChange={setMode} />
            {mode === 'sign-then-encrypt' ? null : (
              <SelectField
                label="Serialization"
                value={serialization}
                options={SERIALIZATIONS}
                onChange={setSerialization}
              />
            )}
          </div>
          {mode === 'sign-then-encrypt' && !sdJwt.isOn ? (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              Sign first, then encrypt: the signature proves who issued the claims, and the encryption hides them —
              encrypting first would let anyone with the public key wrap a forged token.
            </p>
          ) : null}
          {signs ? (
            <fieldset className="flex flex-col gap-2 rounded border p-2">
              <legend className="px-1 text-xs font-semibold">Signing</legend>
              <label className="flex items-center gap-2 text-xs font-semibold text-red-700 dark:text-red-400">
                <input
                  type="checkbox"
                  checked={isUnsecured}
                  onChange={(e) => {
                    setUnsecured(e.target.checked);
                    template.follow({ alg: e.target.checked ? 'none' : signAlg });
                  }}
                />
                Unsecured (alg: none) — for testing validators only: anyone can forge such a token
              </label>
              {isUnsecured ? null : (
                <>
                  <SelectField
                    label="Signing algorithm"
                    value={signAlg}
                    options={algorithms.sign.map((a) => ({ value: a, label: a }))}
                    onChange={(alg) => {
                      setSignAlg(alg);
                      template.follow({ alg });
                    }}
                  />
                  <KeyInput
                    label="Signing key"
                    value={signingKey}
                    onChange={(text) => {
                      setSigningKey(text);
                      template.follow({ signingKey: text });
                    }}
                    alg={signAlg}
                    purpose="sig"
                  />
                </>
              )}
            </fieldset>
          ) : null}
          {encrypts ? (
            <fieldset className="flex flex-col gap-2 rounded border p-2">
              <legend className="px-1 text-xs font-semibold">Encryption</legend>
              <div className="grid gap-2 sm:grid-cols-2">
                <SelectField
                  label="Key management algorithm"
                  value={encAlg}
                  options={algorithms.encryptAlg.map((a) => ({ value: a, label: a }))}
                  onChange={setEncAlg}
                />
                <SelectField
                  label="Content encryption"
                  value={enc}
                  options={algorithms.encryptEnc.map((a) => ({ value: a, label: a }))}
                  onChange={setEnc}
                />
              </div>
              <KeyInput
                label="Recipient key"
                value={recipientKey}
                onChange={(text, privateKey) => {
                  setRecipientKey(text);
                  setRecipientPrivateKey(privateKey ?? null);
                }}
                alg={encAlg}
                enc={enc}
                purpose="enc"
              />
            </fieldset>
          ) : null}
          <Button
            variant="primary"
            className="self-start"
            disabled={isBusy || template.isFilling || !header.ok || !claims.ok}
            onClick={() => void issue()}
          >
            {isBusy ? 'Issuing…' : !signs ? 'Encrypt' : !encrypts ? 'Sign' : 'Sign and encrypt'}
          </Button>
          {result && !result.issued.ok ? (
            <FindingList findings={result.issued.findings} label="Could not issue" />
          ) : null}
          {sdResult && !sdResult.issued.ok ? (
            <FindingList findings={sdResult.issued.findings} label="Could not issue" />
          ) : null}
          {sdResult?.issued.ok ? (
            <SdJwtIssued
              key={sdResult.issued.sdJwt}
              issued={sdResult.issued}
              holderPrivateKey={sdResult.holderPrivateKey}
            />
          ) : null}
          {result?.issued.ok ? (
            <IssuedToken
              issued={result.issued}
              recipientPrivateKey={result.recipientPrivateKey}
              template={result.scenario}
            />
          ) : null}
        </div>
      </div>
    </Region>
  );
}

/** The alg of the token being edited when it can be signed here, else RS256 (or the first offered). */
function startAlg(offered: readonly string[], edited: string | null | undefined): string {
  if (edited && offered.includes(edited)) return edited;
  return offered.includes('RS256') ? 'RS256' : (offered[0] ?? '');
}

function parse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}
