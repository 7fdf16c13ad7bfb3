/**
 * Random edits for property tests, written from the edit path grammar (editTypes.ts) rather than
 * from the implementation: every path the current document offers, and an edit on each.
 */
import type { Edit, JsonValue } from '../../../shared/model/editTypes'
import type { WorkspaceDoc } from '../../../shared/model/types'

/** The field by which items of each keyed collection are addressed. */
const KEY_FIELDS: Record<string, string> = {
  models: 'id',
  features: 'id',
  plans: 'id',
  cohorts: 'id',
  selfHost: 'id',
  scenarios: 'id',
  steps: 'id',
  components: 'id',
  mix: 'modelId',
  usage: 'featureId',
}
const MAPS = new Set(['includedUnits', 'overagePrice'])

type Json = Record<string, JsonValue>

interface Place {
  path: string
  kind: 'field' | 'list' | 'item' | 'entry'
  value: JsonValue
  /** For lists: the field their items are addressed by, if any. */
  keyField?: string
}

export function placesIn(doc: WorkspaceDoc): Place[] {
  const places: Place[] = []
  const visitObject = (path: string, object: Json): void => {
    for (const [name, value] of Object.entries(object)) {
      const at = `${path}/${name}`
      if (Array.isArray(value)) visitList(at, name, value)
      else if (MAPS.has(name) && value !== null && typeof value === 'object') {
        places.push({ path: at, kind: 'field', value })
        for (const [key, entry] of Object.entries(value)) {
          places.push({ path: `${at}/${key}`, kind: 'entry', value: entry })
        }
      } else if (value !== null && typeof value === 'object') {
        places.push({ path: at, kind: 'field', value })
        visitObject(at, value as Json)
      } else places.push({ path: at, kind: 'field', value })
    }
  }
  const visitList = (path: string, name: string, items: JsonValue[]): void => {
    const keyField = KEY_FIELDS[name]
    places.push({ path, kind: 'list', value: items, keyField })
    items.forEach((item, index) => {
      const segment = keyField ? String((item as Json)[keyField]) : String(index)
      const at = `${path}/${segment}`
      places.push({ path: at, kind: 'item', value: item })
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) visitObject(at, item)
    })
  }
  for (const [name, value] of Object.entries(doc as unknown as Json)) {
    if (Array.isArray(value)) visitList(name, name, value)
    else places.push({ path: `workspace/${name}`, kind: 'field', value })
  }
  return places
}

/** One random choice: which place, which edit there, and a number to use. */
export type Choice = [place: number, variant: number, number: number]

/** The edit a choice makes on `doc`; `fresh` gives ids not used yet. */
export function editFor(
  doc: WorkspaceDoc,
  [place, variant, number]: Choice,
  fresh: () => string,
): Edit {
  const places = placesIn(doc)
  const target = places[place % places.length] as Place
  const { path, value } = target
  switch (target.kind) {
    case 'list': {
      const items = value as JsonValue[]
      const model = items[variant % Math.max(items.length, 1)]
      const copy: JsonValue =
        target.keyField && model && typeof model === 'object' && !Array.isArray(model)
          ? { ...structuredClone(model), [target.keyField]: fresh() }
          : model === undefined
            ? fresh()
            : structuredClone(model)
      return { op: 'insert', path, value: copy, index: number % (items.length + 1) }
    }
    case 'item':
      return { op: 'delete', path, cascade: variant % 2 === 0 }
    case 'entry':
      return variant % 3 === 0
        ? { op: 'delete', path }
        : { op: 'set', path, value: variant % 3 === 1 ? number : null }
    case 'field': {
      const name = path.split('/').pop() as string
      if (variant % 4 === 0) return { op: 'set', path, value: null }
      if (typeof value === 'number') return { op: 'set', path, value: number }
      if (typeof value === 'string') {
        const renamed = Object.values(KEY_FIELDS).includes(name) || name === 'parentId'
        return { op: 'set', path, value: renamed ? fresh() : `${value} ${number}` }
      }
      return { op: 'set', path, value: structuredClone(value) }
    }
  }
}
