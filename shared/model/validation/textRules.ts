/**
 * Every string a workspace holds is one line of well-formed text (issue #13, point 2).
 *
 * Well-formed: a lone UTF-16 surrogate cannot be stored as UTF-8, so SQLite would keep U+FFFD in
 * its place; two ids differing only there would come back equal and the file would fail
 * validation when next opened. No control characters (C0, DEL, C1: NUL, tab, line feed, …): ids
 * are path segments and keys, and names, units and providers are single-line labels in tables,
 * charts, workbooks and the PDF, where a line break or a NUL would garble the output.
 *
 * The walker applies this to every string value it checks, whatever its field, and to the keys of
 * id-keyed records, before any other rule; so it covers every string of a valid document (object
 * keys elsewhere are the schema's own field names, and any other key is an unknown property).
 */
import { characterNumber, codePointName, controlCharacterIndex, loneSurrogateIndex } from '../text'

const CONTROL_NAMES: Readonly<Record<number, string>> = {
  0x00: 'NUL',
  0x09: 'tab',
  0x0a: 'line feed',
  0x0d: 'carriage return',
}

/**
 * Any surrogate or control character: one scan that most text passes at once (the validator runs
 * this on every string of a large workspace after each edit); only a hit is looked at closely.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPECT = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]/

/** Why `text` cannot be held by a workspace, or null when it can. */
export function textProblem(text: string): string | null {
  if (!SUSPECT.test(text)) return null
  const lone = loneSurrogateIndex(text)
  if (lone >= 0) {
    const unit = codePointName(text.charCodeAt(lone))
    return `must be well-formed text (a lone UTF-16 surrogate, ${unit}, at character ${characterNumber(text, lone)})`
  }
  const control = controlCharacterIndex(text)
  if (control >= 0) {
    const code = text.charCodeAt(control)
    const name = CONTROL_NAMES[code]
    const what = name === undefined ? codePointName(code) : `a ${name}, ${codePointName(code)},`
    return `must not contain control characters (${what} at character ${characterNumber(text, control)})`
  }
  return null
}
