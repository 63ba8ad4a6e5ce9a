/**
 * Sets an own, enumerable property, even one named "__proto__": a name read from a token stays an ordinary
 * key and never reaches a prototype (STYLE.md example 4).
 */
export function setOwn(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}
