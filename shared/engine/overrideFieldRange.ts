/**
 * The valid range of the one field an override path names, read from the validator's schema of
 * the document (DESIGN.md §2), so goal seek never proposes a value validation would refuse.
 */
import { resolveOverridePath } from '../model/overridePath'
import type { WorkspaceDoc } from '../model/types'
import { documentNode } from '../model/validation/docSchema'
import type { NumberRange, SchemaNode } from '../model/validation/schemaTypes'

/** A mix path ends at the step's mix; the share inside an entry is what it sets. */
const MIX_SHARE_KEYS = [0, 'sharePct']

function childNode(node: SchemaNode, key: string | number): SchemaNode | undefined {
  switch (node.kind) {
    case 'object':
      return typeof key === 'string' ? node.fields[key]?.node : undefined
    case 'array':
      return node.item
    case 'record':
      return node.value
    default:
      return undefined
  }
}

/**
 * The range of the field `path` names in `doc`; undefined when the path names no single numeric
 * field (malformed, names nothing, or a wildcard matching several).
 */
export function overrideFieldRange(doc: WorkspaceDoc, path: string): NumberRange | undefined {
  const resolution = resolveOverridePath(doc, path)
  if ('error' in resolution || resolution.targets.length !== 1) return undefined
  const [target] = resolution.targets
  if (!target) return undefined
  const keys = target.type === 'mix' ? [...target.keys, ...MIX_SHARE_KEYS] : target.keys
  let node: SchemaNode | undefined = documentNode
  for (const key of keys) node = node && childNode(node, key)
  return node?.kind === 'number' ? node.range : undefined
}
