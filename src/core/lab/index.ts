export { makeValidatorTests } from './make-validator-tests';
export { exportValidatorTests, type ValidatorTestsExport } from './export-validator-tests';
export { VARIANT_FACTS, type VariantId } from './variant-facts';
export type * from './types';
export { makeValidatorTestsFor, type InspectorInputs } from './make-validator-tests-for';
