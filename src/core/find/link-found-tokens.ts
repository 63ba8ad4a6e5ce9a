import type { ProfileContext } from '../profiles/types';
import type { LabelKind } from './label-token';
import type { FoundToken } from './types';

/** A token as found, before linking: where it sat and what came with it. */
export interface Located extends FoundToken {
  kind: LabelKind;
  /** Index of the curl command or HTTP request it sits in. */
  request?: number;
  /** The code and state of the URL or form body it came in. */
  values?: { code?: string; state?: string };
}

/**
 * Fills each token's context from the tokens that came with it (one group): an ID token gets the access
 * token, code and state of its response (at_hash, c_hash, s_hash); a DPoP proof gets the access token
 * and the method and URL of its request (ath, htm, htu); an access token gets its DPoP proof (cnf.jkt).
 * Runs before duplicates are dropped, so a repeated access token still links the proof it came with.
 */
export function linkFoundTokens(located: Located[]): FoundToken[] {
  const groups = new Map<number, Located[]>();
  for (const token of located) {
    if (token.group === undefined) continue;
    const members = groups.get(token.group);
    if (members) members.push(token);
    else groups.set(token.group, [token]);
  }
  return located.map((token) => {
    const { kind: _kind, request: _request, values, ...found } = token;
    const others = (token.group === undefined ? [] : (groups.get(token.group) ?? [])).filter((t) => t !== token);
    const context = contextFor(token, others, values);
    return Object.keys(context).length > 0 ? { ...found, context } : found;
  });
}

function contextFor(token: Located, others: Located[], values: Located['values']): ProfileContext {
  const withRole = (role: FoundToken['role']) => others.find((t) => t.role === role && t.token !== token.token)?.token;
  const request: ProfileContext = token.http ? { httpMethod: token.http.method, httpUri: token.http.url } : {};
  const context: ProfileContext = {};
  switch (token.role) {
    case 'id_token':
      setIf(context, 'accessToken', withRole('access_token'));
      setIf(context, 'code', values?.code);
      setIf(context, 'state', values?.state);
      return context;
    case 'dpop':
      setIf(context, 'accessToken', withRole('access_token'));
      return { ...context, ...request };
    case 'access_token': {
      const proof = withRole('dpop');
      return proof === undefined ? context : { dpopProof: proof, ...request };
    }
    default:
      return context;
  }
}

function setIf(context: ProfileContext, name: 'accessToken' | 'code' | 'state', value: string | undefined): void {
  if (value !== undefined && value !== '') context[name] = value;
}
