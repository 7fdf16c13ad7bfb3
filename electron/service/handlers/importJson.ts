import { resolve } from 'node:path'
import type { Handlers } from '../../../shared/api'
import { switchToFile, type ServiceContext } from '../context'
import { requireReplaceable } from '../replaceable'
import { requireValidDocument } from '../requireValidDocument'
import { importJsonFile } from '../workspaceFiles'

/**
 * A new workspace file from a JSON document; an invalid one is refused with every problem, before
 * anyone is asked whether to replace a file with it.
 */
export function importJsonHandler(context: ServiceContext): Handlers['workspace/importJson'] {
  return async ({ path, doc, overwrite }) => {
    const target = resolve(path)
    const valid = requireValidDocument(doc, 'The document is not a valid workspace')
    requireReplaceable(target, overwrite, context.files, context.session.peek())
    await importJsonFile(valid, target, context.files, overwrite)
    return switchToFile(context, target)
  }
}
