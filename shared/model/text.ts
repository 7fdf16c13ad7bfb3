/**
 * Text the workspace may hold. A lone UTF-16 surrogate cannot be encoded as UTF-8: SQLite would
 * store it as U+FFFD and two distinct ids could come back equal, so it is refused on the way in.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g')

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/

/** True when `text` is well-formed UTF-16 (every surrogate in a pair). */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text)
}

/** True when `text` holds a C0 or C1 control character (NUL, tab, newline, DEL, …). */
export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text)
}

/** The UTF-16 index of the first lone surrogate in `text`, or -1 when it is well-formed. */
export function loneSurrogateIndex(text: string): number {
  return LONE_SURROGATE.exec(text)?.index ?? -1
}

/** The UTF-16 index of the first C0 or C1 control character in `text`, or -1 when none. */
export function controlCharacterIndex(text: string): number {
  return CONTROL_CHARACTER.exec(text)?.index ?? -1
}

/** Which character (from 1, as people count them: an emoji is one) starts at a UTF-16 index. */
export function characterNumber(text: string, index: number): number {
  // Spreading a string splits it by code point: a surrogate pair is one item.
  return [...text.slice(0, index)].length + 1
}

/** `U+000A`: a UTF-16 code unit as people write code points. */
export function codePointName(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * `text` with every lone surrogate written out as `\uD800`, so it can travel as UTF-8 (a message
 * that quotes an ill-formed id must not itself be ill-formed). Well-formed text is returned as is.
 */
export function wellFormedForDisplay(text: string): string {
  if (isWellFormed(text)) return text
  return text.replace(
    LONE_SURROGATES,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}
