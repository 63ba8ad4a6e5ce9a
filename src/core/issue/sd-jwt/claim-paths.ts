import { isJsonObject } from '../../json/is-json-object';

/** Where a claim sits: member names for objects, indexes for array elements (`['address', 'street']`). */
export type ClaimPath = ReadonlyArray<string | number>;

/** Claims nested deeper than this are not listed: past the decoder's JSON nesting cap anyway. */
const MAX_LISTED_DEPTH = 64;

/** `address.street_address`, `nationalities[1]`, `["a b"]`: the path as the user reads it. */
export function formatClaimPath(path: ClaimPath): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (!/^[A-Za-z_$][\w$]*$/.test(segment)) return `[${JSON.stringify(segment)}]`;
      return i === 0 ? segment : `.${segment}`;
    })
    .join('');
}

/**
 * Every member and array element of the claims, parents before children (pre-order), each one a
 * candidate for selective disclosure (RFC 9901 §4.2.1 properties, §4.2.2 array elements).
 */
export function listClaimPaths(claims: unknown): ClaimPath[] {
  const paths: ClaimPath[] = [];
  const visit = (value: unknown, path: ClaimPath) => {
    if (path.length > MAX_LISTED_DEPTH) return;
    if (Array.isArray(value)) {
      value.forEach((element: unknown, i) => {
        const child = [...path, i];
        paths.push(child);
        visit(element, child);
      });
    } else if (isJsonObject(value)) {
      for (const name of Object.keys(value)) {
        const child = [...path, name];
        paths.push(child);
        visit(value[name], child);
      }
    }
  };
  visit(claims, []);
  return paths;
}

/** Whether `path` names a member or element that the claims have. */
export function hasClaimPath(claims: unknown, path: ClaimPath): boolean {
  let value = claims;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(value) || segment < 0 || segment >= value.length) return false;
      value = value[segment] as unknown;
    } else {
      if (!isJsonObject(value) || !Object.hasOwn(value, segment)) return false;
      value = value[segment];
    }
  }
  return path.length > 0;
}
