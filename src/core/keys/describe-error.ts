/** The message of a thrown value, for a finding (jose and WebCrypto messages are already plain). */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
