/**
 * Escaping for the three languages the report page mixes. Every name in a workspace is typed by
 * a person (or pasted from a spreadsheet), so each one passes through here before it reaches the
 * page: a feature named `<script>` or `=HYPERLINK(…)` prints as those characters.
 */

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char)
}

/**
 * A CSS string literal (quotes included) for `content:` in the running header. Everything but
 * plain letters, digits and spaces becomes a hex escape, so no quote, backslash, newline or
 * `</style>` can end the string or the style sheet.
 */
export function cssString(text: string): string {
  let escaped = ''
  for (const char of text) {
    escaped += /^[A-Za-z0-9 ]$/.test(char) ? char : `\\${(char.codePointAt(0) ?? 0).toString(16)} `
  }
  return `"${escaped}"`
}

/**
 * JSON inside `<script type="application/json">`: `<` is written as \u003c so no string in it
 * can close the element; U+2028/2029 are escaped for older JSON-in-script parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
