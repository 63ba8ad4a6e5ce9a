/**
 * Claim names that identify a person: the OpenID Connect Core §5.1 standard claims for a name, contact
 * details and birth date.
 */
const PERSONAL_CLAIMS: Readonly<Record<string, string>> = {
  name: 'a full name',
  given_name: 'a given name',
  family_name: 'a family name',
  middle_name: 'a middle name',
  email: 'an e-mail address',
  phone_number: 'a phone number',
  address: 'a postal address',
  birthdate: 'a birth date',
};

/** Values that look like personal data whatever the claim is called. */
const PERSONAL_VALUES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b\d{3}-\d{2}-\d{4}\b/, 'a number shaped like a US Social Security number'],
  [/[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}/i, 'an e-mail address'],
];

/** Hostile or generated JSON can nest deeply; personal data sits near the top. */
const MAX_DEPTH = 8;

export interface PersonalDatum {
  /** Dotted path to the claim: "email", "user.phone_number", "contacts[0]". */
  path: string;
  what: string;
}

/**
 * The claims that look like personal data (RFC 7519 §12: a JWS's claims are readable by anyone who holds
 * it): a personal claim name at any depth, or a string value shaped like an e-mail address or a social
 * security number. Own members only, so "__proto__" is an ordinary name.
 */
export function findPersonalData(claims: Readonly<Record<string, unknown>>): PersonalDatum[] {
  const found: PersonalDatum[] = [];
  visit(claims, '', 0, found);
  return found;
}

function visit(value: unknown, path: string, depth: number, found: PersonalDatum[]): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    const match = PERSONAL_VALUES.find(([pattern]) => pattern.test(value));
    if (match !== undefined && path !== '') found.push({ path, what: match[1] });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => visit(item, `${path}[${index}]`, depth + 1, found));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [name, member] of Object.entries(value)) {
    const memberPath = path === '' ? name : `${path}.${name}`;
    const what = Object.hasOwn(PERSONAL_CLAIMS, name) ? PERSONAL_CLAIMS[name] : undefined;
    if (what === undefined) visit(member, memberPath, depth + 1, found);
    else found.push({ path: memberPath, what });
  }
}
