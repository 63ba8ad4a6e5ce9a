/** PBES2 iteration cap, checked before any PBKDF2 runs (RFC 8725 §3.5); a module of its own so the store can read it without the decryptor. */
export const DEFAULT_MAX_PBES2_COUNT = 10_000;
/** Decompressed-size cap for `zip: DEF`, in bytes (RFC 8725 §3.6). */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 250_000;
