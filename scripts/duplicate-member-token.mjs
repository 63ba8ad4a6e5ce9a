// The token from issue 9: a compact JWS whose header repeats one member 50,000 times
// ({"alg":"HS256","a":1,"a":1,…}). Shared by the bench (Node and Chromium parts).

/** Members named "a" after the first one: each is one `json-duplicate-member` finding. */
export const DUPLICATE_MEMBERS = 50_000;

const b64url = (text) => Buffer.from(text, 'utf8').toString('base64url');

/** A compact JWS (random signature) whose header has `duplicates` duplicate members. */
export function duplicateMemberToken(duplicates = DUPLICATE_MEMBERS) {
  const header = `{"alg":"HS256"${',"a":1'.repeat(duplicates + 1)}}`;
  const payload = '{"sub":"issue-9","iat":1735689600}';
  return `${b64url(header)}.${b64url(payload)}.${Buffer.alloc(32, 7).toString('base64url')}`;
}
