// What the "Validator tests" panel loads when opened: its own chunk, named for it.
export { makeValidatorTestsFor } from './make-validator-tests-for';
export { exportValidatorTests } from './export-validator-tests';
