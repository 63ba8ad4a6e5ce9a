import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../types';

/** A JOSE header with its alg settled; the other members are the user's own JSON values. */
export type JoseHeader = { alg: string } & Record<string, unknown>;

export interface HeaderChoice {
  alg: string;
  enc?: string;
  /** Set by JWT Lens itself: "JWT" on the JWE around a signed JWT (RFC 7519 §5.2). */
  cty?: string;
  /** Added only when the user's header has no "kid". */
  kid?: string | undefined;
}

export type HeaderResult = { ok: true; header: JoseHeader } | { ok: false; finding: Finding };

/**
 * The protected header to sign or encrypt with (RFC 7515 §4, RFC 7516 §4): "alg" (and "enc") as chosen,
 * then the user's members in their order, then "kid" unless the user set one. An "alg" or "enc" in the
 * user's header must agree with the choice, so the header shown is the header made. Built from own
 * entries, so a "__proto__" member stays an ordinary member.
 */
export function buildProtectedHeader(user: Readonly<Record<string, unknown>>, choice: HeaderChoice): HeaderResult {
  for (const name of ['alg', 'enc'] as const) {
    const chosen = choice[name];
    if (!Object.hasOwn(user, name) || chosen === undefined || user[name] === chosen) continue;
    const message =
      `The header says "${name}": ${JSON.stringify(user[name])}, but ${chosen} was chosen: ` +
      `make them agree, or leave "${name}" out of the header.`;
    return {
      ok: false,
      finding: makeFinding(name === 'alg' ? 'alg-invalid' : 'enc-invalid', message, { severity: 'error' }),
    };
  }
  const fixed = (['enc', 'cty'] as const).flatMap((name) => {
    const value = choice[name];
    return value === undefined ? [] : [[name, value] as const];
  });
  const own = Object.entries(user).filter(
    ([name]) => name !== 'alg' && !fixed.some(([fixedName]) => fixedName === name),
  );
  const kid = choice.kid === undefined || Object.hasOwn(user, 'kid') ? [] : [['kid', choice.kid] as const];
  // "alg" first in the JSON, as people write it; the assign only types the member that is already there.
  const entries: (readonly [string, unknown])[] = [['alg', choice.alg], ...fixed, ...own, ...kid];
  return { ok: true, header: Object.assign(Object.fromEntries(entries), { alg: choice.alg }) };
}
