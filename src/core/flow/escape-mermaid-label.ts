/**
 * Characters that mean nothing to Mermaid inside a quoted flowchart label or after the colon of a
 * sequence message or note. `?` and `!` are added to the brief's list: no Mermaid lexer rule gives them
 * a meaning there. `;` and `#` are deliberately absent: a sequence message ends at either, and `#…;` is
 * Mermaid's own entity syntax. `%`, quotes, brackets, braces, pipes, `<`, `>`, `&` and backticks are
 * absent too, so no directive, HTML, markdown string or shape syntax can form.
 */
const SAFE_CHARACTER = /^[A-Za-z0-9 .,:/_\-+=@()?!]$/;
const REPLACEMENT_CHARACTER = 0xfffd;
const ELLIPSIS = '…';

/**
 * Makes untrusted text inert inside a Mermaid label: truncated to `maxChars` code points (an ellipsis
 * marks the cut), then every character outside a conservative safe set written as Mermaid's entity code
 * `#NNN;`, which Mermaid decodes to that character as text. Control characters and lone surrogates
 * become U+FFFD. The result contains no quote, newline, `%`, `<` or bracket, whatever the input; and no
 * "click" in any casing (its first letter is an entity), so a renderer may refuse any source with one.
 */
export function escapeMermaidLabel(text: string, maxChars = 60): string {
  const characters = Array.from(text);
  const kept =
    characters.length > maxChars ? [...characters.slice(0, Math.max(0, maxChars - 1)), ELLIPSIS] : characters;
  return kept
    .map(escapeCharacter)
    .join('')
    .replace(/click/gi, (word) => `#${word.charCodeAt(0)};${word.slice(1)}`);
}

function escapeCharacter(character: string): string {
  if (SAFE_CHARACTER.test(character)) return character;
  const code = character.codePointAt(0) ?? REPLACEMENT_CHARACTER;
  const isControl = code < 0x20 || (code >= 0x7f && code <= 0x9f);
  const isLoneSurrogate = code >= 0xd800 && code <= 0xdfff;
  return `#${isControl || isLoneSurrogate ? REPLACEMENT_CHARACTER : code};`;
}
