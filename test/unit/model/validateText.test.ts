/**
 * Every string of a workspace is one line of well-formed text (issue #13, point 2): a lone UTF-16
 * surrogate would be stored as U+FFFD (two ids could collide), and no string — id, name, unit,
 * provider, date, override path, record key — may hold a control character.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Problem } from '../../../shared/model/types'
import { exampleDocument, exampleDocuments } from '../../fixtures/documents'
import { looseExample, type Loose } from './fixtures'
import { expectOnlyProblem, problemsOf } from './validationHelpers'

const support = () => looseExample('support-agent')

/** What SQLite would do to text: encode as UTF-8 and decode. Changes exactly ill-formed text. */
function survivesUtf8(text: string): boolean {
  return new TextDecoder().decode(new TextEncoder().encode(text)) === text
}

/** Every problem can itself travel as UTF-8: no message quotes the lone surrogate raw. */
function expectTransportable(problems: Problem[]): void {
  for (const { path, message } of problems) {
    expect(survivesUtf8(path), path).toBe(true)
    expect(survivesUtf8(message), message).toBe(true)
  }
}

describe('lone surrogates are refused wherever they stand', () => {
  it('a lone high surrogate in an id: the item is named by position', () => {
    const doc = support()
    doc.features[0].id = 'a\ud800'
    const problems = problemsOf(doc)
    expect(problems).toContainEqual({
      path: 'features[0].id',
      message: 'must be well-formed text (a lone UTF-16 surrogate, U+D800, at character 2)',
    })
    expectTransportable(problems)
  })

  it('a lone low surrogate in a step id', () => {
    const doc = support()
    doc.features[0].steps[0].id = 'lo\udc00op'
    expectOnlyProblem(
      doc,
      'features[simple].steps[0].id',
      'must be well-formed text (a lone UTF-16 surrogate, U+DC00, at character 3)',
    )
  })

  it('a lone high surrogate at the end of a name', () => {
    const doc = support()
    doc.features[0].name = 'Simple \udbff'
    expectOnlyProblem(
      doc,
      'features[simple].name',
      'must be well-formed text (a lone UTF-16 surrogate, U+DBFF, at character 8)',
    )
  })

  it('a lone low surrogate in a unit, counted after an emoji as one character', () => {
    const doc = support()
    doc.features[1].unit = '🎫\udfff'
    expectOnlyProblem(
      doc,
      'features[complex].unit',
      'must be well-formed text (a lone UTF-16 surrogate, U+DFFF, at character 2)',
    )
  })

  it('a reversed pair (low then high) is two lone surrogates', () => {
    const doc = support()
    doc.models[0].provider = 'open\ude00\ud83dai'
    expectOnlyProblem(
      doc,
      'models[gpt-4o].provider',
      'must be well-formed text (a lone UTF-16 surrogate, U+DE00, at character 5)',
    )
  })

  it('in a nested scenario override path', () => {
    const doc = support()
    doc.scenarios[2].overrides[0].path = 'features/complex/steps/loop/mix/gpt-4o-mini\ud800'
    expectOnlyProblem(
      doc,
      'scenarios[route-mini].overrides[0].path',
      'must be well-formed text (a lone UTF-16 surrogate, U+D800, at character 44)',
    )
  })

  it('in a scenario name and a scenario id', () => {
    const doc = support()
    doc.scenarios[1].name = '\udc00'
    doc.scenarios[0].id = 'price-\ud800complex'
    const problems = problemsOf(doc)
    expect(problems).toContainEqual({
      path: 'scenarios[fire-drill].name',
      message: 'must be well-formed text (a lone UTF-16 surrogate, U+DC00, at character 1)',
    })
    expect(problems).toContainEqual({
      path: 'scenarios[0].id',
      message: 'must be well-formed text (a lone UTF-16 surrogate, U+D800, at character 7)',
    })
    expectTransportable(problems)
  })

  it('in a date and in a fixed value (enum), reported as a wrong shape', () => {
    const doc = support()
    doc.models[0].prices[0].from = '2024-05-1\ud800'
    doc.models[1].kind = 'api\udc00'
    const problems = problemsOf(doc)
    expect(problems).toEqual([
      {
        path: 'models[gpt-4o].prices[0].from',
        message: 'must be well-formed text (a lone UTF-16 surrogate, U+D800, at character 10)',
      },
      {
        path: 'models[gpt-4o-mini].kind',
        message: 'must be well-formed text (a lone UTF-16 surrogate, U+DC00, at character 4)',
      },
    ])
  })

  it('in a reference: reported as text, not as an unknown id', () => {
    const doc = support()
    doc.cohorts[0].usage[1].featureId = 'complex\udc00'
    expectOnlyProblem(
      doc,
      'cohorts[all].usage[1].featureId',
      'must be well-formed text (a lone UTF-16 surrogate, U+DC00, at character 8)',
    )
  })

  it('in the key of a record keyed by feature id, named by its position', () => {
    const doc = support()
    doc.plans[0].includedUnits = { simple: 10, 'complex\ud800': 2 }
    expectOnlyProblem(
      doc,
      'plans[usage].includedUnits',
      'key 2 must be well-formed text (a lone UTF-16 surrogate, U+D800, at character 8)',
    )
  })

  it('two ids that UTF-8 would make equal are both refused, messages stay well-formed', () => {
    const doc = support()
    doc.features[0].id = 'x\ud800'
    doc.features[1].id = 'x\ud801'
    const problems = problemsOf(doc)
    expect(
      problems.filter((p) => p.path.startsWith('features[') && p.path.endsWith('.id')),
    ).toEqual([
      {
        path: 'features[0].id',
        message: 'must be well-formed text (a lone UTF-16 surrogate, U+D800, at character 2)',
      },
      {
        path: 'features[1].id',
        message: 'must be well-formed text (a lone UTF-16 surrogate, U+D801, at character 2)',
      },
    ])
    expectTransportable(problems)
  })

  it('a duplicate ill-formed id is quoted with the surrogate written out', () => {
    const doc = support()
    doc.scenarios[1].id = 'dup\ud800'
    doc.scenarios.push({ ...doc.scenarios[1], name: 'Second copy' })
    const problems = problemsOf(doc)
    expect(problems).toContainEqual({
      path: 'scenarios[3]',
      message: 'duplicate id "dup\\uD800": listed 2 times',
    })
    expectTransportable(problems)
  })

  it('an unknown property whose name holds a lone surrogate', () => {
    const doc = support()
    doc.features[0]['note\udc00'] = 'x'
    expectOnlyProblem(doc, 'features[simple].note\\uDC00', 'unknown property')
  })
})

describe('well-formed text outside the Basic Multilingual Plane is accepted', () => {
  it('emoji (surrogate pairs) in ids, names, units and providers', () => {
    const doc = support()
    doc.name = 'Support 🤖 plan'
    doc.models[1].name = 'GPT-4o mini 🐭'
    doc.features[0].unit = '🎫'
    doc.features[0].steps[0].name = 'Agent 🔁 loop'
    doc.scenarios[1].id = '🔥-drill'
    doc.scenarios[1].name = '𝔉𝔦𝔯𝔢 drill'
    doc.cohorts[0].name = 'Everyone 👩‍👩‍👧'
    expect(problemsOf(doc)).toEqual([])
  })
})

describe('control characters are refused', () => {
  it.each([
    ['NUL', '\u0000', 'a NUL, U+0000,'],
    ['tab', '\t', 'a tab, U+0009,'],
    ['newline', '\n', 'a line feed, U+000A,'],
    ['carriage return', '\r', 'a carriage return, U+000D,'],
    ['escape', '\u001b', 'U+001B'],
    ['DEL', '\u007f', 'U+007F'],
    ['C1 next line', '\u0085', 'U+0085'],
  ])('a %s in an id', (_name, control, what) => {
    const doc = support()
    doc.scenarios[1].id = `fire${control}drill`
    expectOnlyProblem(
      doc,
      'scenarios[1].id',
      `must not contain control characters (${what} at character 5)`,
    )
  })

  it('a NUL in a model id that a mix refers to: each place is named', () => {
    const doc = support()
    doc.models[0].id = 'gpt-4o\u0000'
    for (const feature of doc.features) feature.steps[0].mix[0].modelId = 'gpt-4o\u0000'
    const problems = problemsOf(doc)
    const message = 'must not contain control characters (a NUL, U+0000, at character 7)'
    expect(problems).toContainEqual({ path: 'models[0].id', message })
    expect(problems).toContainEqual({
      path: 'features[simple].steps[loop].mix[0].modelId',
      message,
    })
    expect(problems).toContainEqual({
      path: 'features[complex].steps[loop].mix[0].modelId',
      message,
    })
  })

  // Decision: names, units and providers are single-line labels (tables, workbooks, the PDF), so
  // they refuse control characters as ids do, line breaks and tabs included.
  it('a newline in a feature name', () => {
    const doc = support()
    doc.features[0].name = 'Simple\nresolution'
    expectOnlyProblem(
      doc,
      'features[simple].name',
      'must not contain control characters (a line feed, U+000A, at character 7)',
    )
  })

  it('a tab in a unit and a NUL in the workspace name', () => {
    const doc = support()
    doc.features[1].unit = 'per\tticket'
    doc.name = '\u0000'
    expect(problemsOf(doc)).toEqual([
      {
        path: 'name',
        message: 'must not contain control characters (a NUL, U+0000, at character 1)',
      },
      {
        path: 'features[complex].unit',
        message: 'must not contain control characters (a tab, U+0009, at character 4)',
      },
    ])
  })

  it('an ill-formed string with a control character reports the surrogate first', () => {
    const doc = support()
    doc.plans[0].name = 'a\tb\ud800'
    expectOnlyProblem(
      doc,
      'plans[usage].name',
      'must be well-formed text (a lone UTF-16 surrogate, U+D800, at character 4)',
    )
  })
})

/** Where a string stands in a document: a field or list item's value, or a record's key. */
interface StringPlace {
  parent: Loose
  key: string | number
  /** The key of an object is the string (records keyed by id), not its value. */
  isKey: boolean
  /** The field name or list index the problem path must end with. */
  field: string | number
}

/** The fields that are records keyed by feature id (DESIGN.md §2): their keys are strings too. */
const ID_KEYED_RECORDS = new Set(['includedUnits', 'overagePrice'])

function stringPlaces(value: Loose, places: StringPlace[] = []): StringPlace[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'string') {
        places.push({ parent: value, key: index, isKey: false, field: index })
      } else stringPlaces(item, places)
    })
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value as Record<string, Loose>)) {
      if (typeof child === 'string') places.push({ parent: value, key, isKey: false, field: key })
      else if (ID_KEYED_RECORDS.has(key)) {
        for (const inner of Object.keys(child)) {
          places.push({ parent: child, key: inner, isKey: true, field: key })
        }
      } else stringPlaces(child, places)
    }
  }
  return places
}

/** Puts `text` in place of the string at `place`, keeping key order for a record key. */
function replaceAt(place: StringPlace, text: string): void {
  if (!place.isKey) {
    place.parent[place.key] = text
    return
  }
  const entries = Object.entries(place.parent as Record<string, unknown>)
  for (const key of Object.keys(place.parent)) delete place.parent[key]
  for (const [key, value] of entries) place.parent[key === place.key ? text : key] = value
}

function currentText(place: StringPlace): string {
  return place.isKey ? String(place.key) : (place.parent[place.key] as string)
}

/** The path names the field: `…name`, `…replacesModelIds[0]`, or the record for a record key. */
function namesField(path: string, field: string | number): boolean {
  if (typeof field === 'number') return path.endsWith(`[${field}]`)
  return path === field || path.endsWith(`.${field}`)
}

/** The worked examples and the demo (the only one with id-keyed records). */
const DOCUMENT_NAMES = exampleDocuments().map((example) => example.name)

const insertion = (unit: fc.Arbitrary<number>) =>
  fc.record({
    example: fc.constantFrom(...DOCUMENT_NAMES),
    place: fc.nat(),
    at: fc.nat(),
    unit,
  })

const LONE_SURROGATE_UNIT = fc.integer({ min: 0xd800, max: 0xdfff })
/** C0 (U+0000–U+001F), then DEL and C1 (U+007F–U+009F). */
const CONTROL_UNIT = fc
  .integer({ min: 0, max: 0x20 + 0x21 - 1 })
  .map((n) => (n < 0x20 ? n : 0x7f + (n - 0x20)))

function breakOneString({
  example,
  place,
  at,
  unit,
}: {
  example: string
  place: number
  at: number
  unit: number
}): { problems: Problem[]; field: string | number; broken: string } {
  const doc: Loose = exampleDocument(example)
  const places = stringPlaces(doc)
  const target = places[place % places.length]!
  const original = currentText(target)
  const offset = at % (original.length + 1)
  const broken = original.slice(0, offset) + String.fromCharCode(unit) + original.slice(offset)
  replaceAt(target, broken)
  return { problems: problemsOf(doc), field: target.field, broken }
}

describe('property: one string anywhere made ill-formed or multi-line is refused', () => {
  it('finds strings everywhere, record keys included', () => {
    const fields = new Set(
      DOCUMENT_NAMES.flatMap((name) => stringPlaces(exampleDocument(name))).map((p) => p.field),
    )
    for (const field of ['id', 'name', 'unit', 'provider', 'from', 'path', 'modelId', 'planId']) {
      expect(fields).toContain(field)
    }
    expect(fields).toContain('includedUnits')
  })

  it('a lone surrogate inserted into any string is refused at that field', () => {
    let runs = 0
    fc.assert(
      fc.property(insertion(LONE_SURROGATE_UNIT), (choice) => {
        runs++
        const { problems, field, broken } = breakOneString(choice)
        // Inserted anywhere into well-formed text, one surrogate always leaves one unpaired.
        expect(survivesUtf8(broken)).toBe(false)
        const refusal = problems.find(
          (p) => namesField(p.path, field) && p.message.includes('must be well-formed text'),
        )
        expect(refusal, JSON.stringify(problems)).toBeDefined()
        expectTransportable(problems)
      }),
      { numRuns: 400 },
    )
    expect(runs).toBe(400)
  })

  it('a control character inserted into any string is refused at that field', () => {
    let runs = 0
    fc.assert(
      fc.property(insertion(CONTROL_UNIT), (choice) => {
        runs++
        const { problems, field } = breakOneString(choice)
        expect(problems).not.toEqual([])
        const refusal = problems.find(
          (p) =>
            namesField(p.path, field) && p.message.includes('must not contain control characters'),
        )
        expect(refusal, JSON.stringify(problems)).toBeDefined()
      }),
      { numRuns: 400 },
    )
    expect(runs).toBe(400)
  })
})
