import { CommonSecretsPanel } from '../../panels/secrets/common-secrets-panel';
import { runCommonSecrets } from './run-common-secrets';

/** "Try common secrets", with the worker that runs it: both load after the first paint, only from here. */
export default function CommonSecretsView() {
  return <CommonSecretsPanel run={runCommonSecrets} />;
}
