// node-forge's RSA module alone, so the RSA1_5 chunk carries no TLS, X.509 or PKCS #12 code.
declare module 'node-forge/lib/rsa' {
  import type { pki } from 'node-forge';
  const rsa: typeof pki.rsa;
  export default rsa;
}

declare module 'node-forge/lib/jsbn' {
  import type { jsbn } from 'node-forge';
  const forgeJsbn: typeof jsbn;
  export default forgeJsbn;
}
