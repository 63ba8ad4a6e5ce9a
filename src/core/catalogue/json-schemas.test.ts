import { describe, expect, it } from 'vitest';
import { buildEditorSchema, VALUE_TYPE_SCHEMAS } from './json-schemas';
import { CLAIMS, HEADER_PARAMETERS } from './names';

interface Property {
  description: string;
  enum?: string[];
  type?: string | string[];
  items?: { type: string };
}
interface Schema {
  properties: Record<string, Property>;
  required?: string[];
}

describe('editor schemas from the catalogues (RFC 7515 §4.1, RFC 7519 §4.1)', () => {
  it('describes header parameters and lists the algorithms; alg is filled in by the issuer, so not required', () => {
    const schema = buildEditorSchema('header') as Schema;
    expect(schema.properties.kid?.description).toMatch(/^Key ID — /);
    expect(schema.properties.alg?.enum).toEqual(
      expect.arrayContaining(['none', 'RS256', 'ES256', 'RSA-OAEP-256', 'dir']),
    );
    expect(schema.properties.enc?.enum).toEqual(expect.arrayContaining(['A256GCM', 'A128CBC-HS256']));
    expect(schema.required).toBeUndefined();
  });

  it('describes claims, with NumericDates as numbers and aud as string or array', () => {
    const schema = buildEditorSchema('claims') as Schema;
    expect(schema.properties.exp).toMatchObject({
      type: 'number',
      description: expect.stringMatching(/Expiration/) as string,
    });
    expect(schema.properties.aud?.type).toEqual(['string', 'array']);
    expect(schema.properties.email?.description).toMatch(/OpenID Connect/);
  });

  it.each([
    { kind: 'claims', table: CLAIMS },
    { kind: 'header', table: HEADER_PARAMETERS },
  ] as const)(
    '$kind: every name has exactly the type its catalogue entry gives it, and no other',
    ({ kind, table }) => {
      const { properties } = buildEditorSchema(kind) as Schema;
      expect(Object.keys(properties).sort()).toEqual(Object.keys(table).sort());
      for (const [name, info] of Object.entries(table)) {
        const { type, items } = properties[name] ?? {};
        expect({ name, type, items }).toEqual({
          name,
          ...(info.type === undefined ? {} : VALUE_TYPE_SCHEMAS[info.type]),
        });
      }
    },
  );

  it('types OpenID Connect and OAuth claims too, not only dates', () => {
    const { properties } = buildEditorSchema('claims') as Schema;
    expect(properties.email_verified?.type).toBe('boolean');
    expect(properties.amr).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(properties.cnf?.type).toBe('object');
    expect(properties.auth_time?.type).toBe('number');
    expect(properties.roles?.type).toBeUndefined();
  });
});
