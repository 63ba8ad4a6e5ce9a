import { parseJson } from '../json/parse-json';
import { scanString, skipWhitespace } from '../json/scan-json-lexemes';

/** Characters that end a number or a literal (RFC 8259 §2: structural characters and whitespace). */
const VALUE_ENDS = ' \t\n\r,:]}';

/**
 * JSON text laid out two spaces an indent, with every lexeme kept as written: member order, duplicate
 * members, number spellings (12345678901234567890 stays exact) and string escapes do not change — only
 * whitespace between tokens (RFC 8259 §2). Linear in the text. Text that is not JSON comes back as it was.
 */
export function indentJsonText(text: string): string {
  return parseJson(text).ok ? indent(text) : text;
}

function indent(text: string): string {
  const out: string[] = [];
  let depth = 0;
  const newLine = () => `\n${'  '.repeat(depth)}`;
  let i = skipWhitespace(text, 0);
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"') {
      const [end] = scanString(text, i, false);
      out.push(text.slice(i, end));
      i = end;
    } else if (c === '{' || c === '[') {
      const next = skipWhitespace(text, i + 1);
      const isEmpty = text.charAt(next) === (c === '{' ? '}' : ']');
      if (isEmpty) {
        out.push(c, text.charAt(next));
        i = next + 1;
      } else {
        depth += 1;
        out.push(c, newLine());
        i = next;
      }
    } else if (c === '}' || c === ']') {
      depth -= 1;
      out.push(newLine(), c);
      i += 1;
    } else if (c === ',') {
      out.push(',', newLine());
      i += 1;
    } else if (c === ':') {
      out.push(': ');
      i += 1;
    } else {
      let end = i + 1;
      while (end < text.length && !VALUE_ENDS.includes(text.charAt(end))) end += 1;
      out.push(text.slice(i, end));
      i = end;
    }
    i = skipWhitespace(text, i);
  }
  return out.join('');
}
