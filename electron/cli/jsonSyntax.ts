/**
 * Where JSON text stops being JSON. V8 gives no position for its most common error ("Unexpected
 * token … is not valid JSON"), so text that JSON.parse refused is scanned again here to say where.
 */
export interface JsonSyntaxError {
  line: number
  column: number
  /** What was found there: `unexpected ','` or `unexpected end of input`. */
  message: string
}

class Stop {
  constructor(readonly offset: number) {}
}

const whitespace = ' \t\n\r'
const escapes = '"\\/bfnrtu'
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/** The first syntax error in `text`, or null if it is valid JSON after all. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let at = 0
  function stop(): never {
    throw new Stop(at)
  }
  const skipWhitespace = () => {
    while (at < text.length && whitespace.includes(text[at] ?? '')) at++
  }
  const expect = (char: string) => {
    skipWhitespace()
    if (text[at] !== char) stop()
    at++
  }
  const string = () => {
    expect('"')
    while (at < text.length) {
      const char = text[at] ?? ''
      if (char === '"') return void at++
      if (char < ' ') stop()
      if (char === '\\') {
        at++
        if (!escapes.includes(text[at] ?? 'x')) stop()
        if (text[at] === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) stop()
      }
      at++
    }
    stop()
  }
  const list = (close: string, item: () => void) => {
    at++
    skipWhitespace()
    if (text[at] === close) return void at++
    for (;;) {
      item()
      skipWhitespace()
      if (text[at] === close) return void at++
      expect(',')
    }
  }
  const value = (): void => {
    skipWhitespace()
    const char = text[at]
    if (char === '{') {
      return list('}', () => {
        string()
        expect(':')
        value()
      })
    }
    if (char === '[') return list(']', value)
    if (char === '"') return string()
    numberPattern.lastIndex = at
    if (numberPattern.test(text)) return void (at = numberPattern.lastIndex)
    const word = ['true', 'false', 'null'].find((each) => text.startsWith(each, at))
    if (word === undefined) stop()
    at += word.length
  }

  try {
    value()
    skipWhitespace()
    if (at < text.length) stop()
    return null
  } catch (error) {
    if (!(error instanceof Stop)) throw error
    return describe(text, error.offset)
  }
}

function describe(text: string, offset: number): JsonSyntaxError {
  const before = text.slice(0, offset)
  const found = text[offset]
  return {
    line: before.split('\n').length,
    column: offset - before.lastIndexOf('\n'),
    message: found === undefined ? 'unexpected end of input' : `unexpected ${quote(found)}`,
  }
}

/** `','` for a printable character; an escaped `"\n"` for a control character. */
function quote(char: string): string {
  return char > ' ' ? `'${char}'` : JSON.stringify(char)
}
