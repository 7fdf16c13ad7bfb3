/**
 * The document as the levers see it: everything but the backlog. Keeping an item, or typing an
 * owner or a note, changes only the backlog, and must not propose and evaluate every lever again.
 */
import { useMemo, useState } from 'react'
import type { WorkspaceDoc } from '../../../../../shared/model/types'

export type PlanningDoc = Omit<WorkspaceDoc, 'backlog'>

function sameFields(a: object, b: object): boolean {
  const keysA = Object.keys(a) as (keyof typeof a)[]
  return (
    keysA.length === Object.keys(b).length &&
    keysA.every((key) => key in b && Object.is(a[key], b[key]))
  )
}

/** Edits copy only what they change: other top-level fields keep their identity. */
export class PlanningDocKeeper {
  private last: PlanningDoc | null = null

  keep(doc: WorkspaceDoc): PlanningDoc {
    const { backlog: _backlog, ...planning } = doc
    if (this.last === null || !sameFields(this.last, planning)) this.last = planning
    return this.last
  }
}

/** `doc` without its backlog, the same object until something else in the document changes. */
export function usePlanningDoc(doc: WorkspaceDoc): PlanningDoc {
  const [keeper] = useState(() => new PlanningDocKeeper())
  return useMemo(() => keeper.keep(doc), [keeper, doc])
}
