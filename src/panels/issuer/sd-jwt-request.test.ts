import { describe, expect, it } from 'vitest';
import { buildSdJwtRequest, listDisclosablePaths, pathKey, START_SD_JWT } from './sd-jwt-request';

const signing = { alg: 'ES256', key: 'k' };
const claims = { iss: 'https://issuer.example', name: 'Erika', nationalities: ['DE', 'FR'] };

describe('the issuer’s SD-JWT choices', () => {
  it('lists every member and element with the label the checkbox shows', () => {
    expect(listDisclosablePaths(claims).map((p) => p.label)).toEqual([
      'iss',
      'name',
      'nationalities',
      'nationalities[0]',
      'nationalities[1]',
    ]);
  });

  it('asks core for the marked paths the claims still have; a VC gets its vct and typ', () => {
    const choices = {
      ...START_SD_JWT,
      disclosable: new Set([pathKey(['name']), pathKey(['nationalities', 1]), pathKey(['gone'])]),
      isVc: true,
      vct: 'https://credentials.example/id',
      holderPublicKey: '{"kty":"EC"}',
    };
    expect(buildSdJwtRequest(choices, claims, signing)).toEqual({
      claims: { ...claims, vct: 'https://credentials.example/id' },
      disclosable: [['name'], ['nationalities', 1]],
      decoys: START_SD_JWT.decoys,
      signing,
      typ: 'dc+sd-jwt',
      holderKey: '{"kty":"EC"}',
    });
  });
});
