import type { ValidatorTest } from './types';

/** The JSON document "Export JSON" saves, for scripts: field names are stable. */
export interface ValidatorTestsExport {
  kind: 'jwt-lens-validator-tests';
  version: 1;
  original: string;
  generatedAt: string;
  variants: ValidatorTest[];
}

/** Every variant's facts and token beside the original, as indented JSON text. */
export function exportValidatorTests(variants: readonly ValidatorTest[], original: string, now = new Date()): string {
  const document: ValidatorTestsExport = {
    kind: 'jwt-lens-validator-tests',
    version: 1,
    original,
    generatedAt: now.toISOString(),
    variants: variants.map((v) => ({
      id: v.id,
      title: v.title,
      tests: v.tests,
      source: { name: v.source.name, url: v.source.url },
      expect: v.expect,
      finding: v.finding,
      token: v.token,
      needs: v.needs,
      ...(v.attackerJwk ? { attackerJwk: v.attackerJwk } : {}),
    })),
  };
  return JSON.stringify(document, null, 2);
}
