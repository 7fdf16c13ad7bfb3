import { basename, extname, resolve } from 'node:path'
import type { Handlers } from '../../../shared/api'
import { switchToFile, type ServiceContext } from '../context'
import { blankWorkspace, demoWorkspace } from '../templates'
import { requireReplaceable } from '../replaceable'
import { createWorkspaceFile } from '../workspaceFiles'

/** A new workspace file from the demo or a blank template (replacing one only as saveAs does). */
export function createHandler(context: ServiceContext): Handlers['workspace/create'] {
  return async ({ path, template, overwrite }) => {
    const target = resolve(path)
    const doc =
      template === 'demo'
        ? demoWorkspace(context.demoPath)
        : blankWorkspace(basename(target, extname(target)))
    requireReplaceable(target, overwrite, context.files, context.session.peek())
    await createWorkspaceFile(target, doc, context.files, overwrite)
    return switchToFile(context, target)
  }
}
