/**
 * JWK members that hold private key material (RFC 7518 §6.2.2, §6.3.2, §6.4.1; RFC 8037 §2): an RSA or EC
 * private key, an OKP "d", a symmetric "k", or an AKP (ML-DSA) "priv" seed (draft-ietf-cose-dilithium). One list for every check that a key was published by mistake.
 */
export const PRIVATE_JWK_MEMBERS: readonly string[] = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k', 'priv'];
