import { describe, expect, it } from 'vitest';
import { buildEditorSchema } from './json-schemas';

interface Schema {
  properties: Record<string, { description: string; enum?: string[]; type?: string | string[] }>;
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
});
