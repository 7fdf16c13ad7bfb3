/**
 * Reads a value out of a document by an edit path (shared/model/editTypes.ts grammar): entities
 * in collections by their id (mix entries by modelId, usage rows by featureId), price points and
 * overrides by index, everything else by field name. Used to show a baseline value beside a
 * scenario's and to copy cells; the document is never changed here.
 */
import type { WorkspaceDoc } from '../../../shared/model/types'

const ENTITY_KEYS = ['id', 'modelId', 'featureId'] as const

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function childOf(node: unknown, segment: string): unknown {
  if (Array.isArray(node)) {
    const byKey = node.find(
      (item) => isRecord(item) && ENTITY_KEYS.some((key) => item[key] === segment),
    )
    if (byKey !== undefined) return byKey
    return /^\d+$/.test(segment) ? node[Number(segment)] : undefined
  }
  return isRecord(node) ? node[segment] : undefined
}

export function readPath(doc: WorkspaceDoc, path: string): unknown {
  const [root, ...rest] = path.split('/')
  let node: unknown = root === 'workspace' ? doc : childOf(doc, root ?? '')
  for (const segment of rest) node = childOf(node, segment)
  return node
}
