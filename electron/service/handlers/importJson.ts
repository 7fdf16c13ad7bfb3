import { resolve } from 'node:path'
import type { Handlers } from '../../../shared/api'
import { switchToFile, type ServiceContext } from '../context'
import { requireReplaceable } from '../replaceable'
import { importJsonFile } from '../workspaceFiles'

/** A new workspace file from a JSON document; an invalid one is refused with every problem. */
export function importJsonHandler(context: ServiceContext): Handlers['workspace/importJson'] {
  return async ({ path, doc, overwrite }) => {
    const target = resolve(path)
    requireReplaceable(target, overwrite, context.files)
    await importJsonFile(doc, target, context.files, overwrite)
    return switchToFile(context, target)
  }
}
