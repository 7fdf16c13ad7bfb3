import type { Problem } from '../types'
import { wellFormedForDisplay } from '../text'

/** The path of the document itself, for problems about the whole input. */
export const DOCUMENT_PATH = 'document'

/** `features[support]` + `steps` → `features[support].steps`; top-level fields stand alone. */
export function fieldPath(parent: string, field: string): string {
  return parent === '' ? field : `${parent}.${field}`
}

/** `features[support].steps` + `loop` → `features[support].steps[loop]`. */
export function itemPath(parent: string, label: string | number): string {
  return `${parent}[${label}]`
}

/**
 * Collects problems in the order they are found. Shape problems (wrong type, missing or unknown
 * field) are counted apart: later checks that read the document as typed need none of them.
 * A path or message that quotes ill-formed input (an unknown property named "a\uD800", a
 * duplicate id) has its lone surrogates written out, so every problem can travel as UTF-8.
 */
export class ProblemSink {
  readonly problems: Problem[] = []
  shapeProblems = 0

  /** A value of the right type that breaks a rule: a range, a reference, a duplicate, a sum. */
  add = (path: string, message: string): void => {
    this.problems.push({ path: wellFormedForDisplay(path), message: wellFormedForDisplay(message) })
  }

  /** A value of the wrong type, a missing required field or an unknown one. */
  addShape = (path: string, message: string): void => {
    this.shapeProblems++
    this.problems.push({ path: wellFormedForDisplay(path), message: wellFormedForDisplay(message) })
  }
}
