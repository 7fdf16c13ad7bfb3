/**
 * Edits: the one way a document changes, in the renderer (optimistic, for undo/redo) and in the
 * service (authoritative, one SQLite transaction per batch).
 *
 * An edit path uses the same grammar as scenario override paths (DESIGN.md §4), with exact ids
 * only (no `*` or `provider:` selectors):
 *   `workspace/<field>`                          name, startMonth, horizonMonths, portfolioFloorPct, …
 *   `models/<id>`, `models/<id>/<field>`         collections of entities are addressed by id
 *   `models/<id>/prices/<index>/<field>`         price points by index; `…/longContext/<field>`
 *   `features/<id>/steps/<id>/<field>`
 *   `features/<id>/steps/<id>/mix/<modelId>`     a mix entry by its modelId (`…/sharePct`)
 *   `features/<id>/components/<id>/<field>`
 *   `plans/<id>/includedUnits/<featureId>`, `plans/<id>/overagePrice/<featureId>`
 *   `cohorts/<id>/usage/<featureId>/<field>`     a usage entry by its featureId
 *   `selfHost/<id>/<field>`, `scenarios/<id>/<field>`, `scenarios/<id>/overrides/<index>`
 */

/** Any JSON value; `null` in a `set` removes an optional field (it falls back to its default). */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

export type Edit =
  /** Sets a field or replaces a whole sub-tree (e.g. a step's entire mix). */
  | { op: 'set'; path: string; value: JsonValue }
  /** Inserts an entity into the collection `path` names, at `index` (default: the end). */
  | { op: 'insert'; path: string; value: JsonValue; index?: number }
  /**
   * Deletes the entity `path` names. With `cascade`, references to it go too (usage rows, plan
   * entries, mix entries with the other shares rescaled to 100, overrides naming it, …).
   */
  | { op: 'delete'; path: string; cascade?: boolean }
