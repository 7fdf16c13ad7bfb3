import { basename, extname, resolve } from 'node:path'
import type { Handlers } from '../../../shared/api'
import { switchToFile, type ServiceContext } from '../context'
import { blankWorkspace, demoWorkspace } from '../templates'
import { createWorkspaceFile } from '../workspaceFiles'

/** A new workspace file from the demo or a blank template; an existing file is never replaced. */
export function createHandler(context: ServiceContext): Handlers['workspace/create'] {
  return async ({ path, template }) => {
    const target = resolve(path)
    const doc =
      template === 'demo'
        ? demoWorkspace(context.demoPath)
        : blankWorkspace(basename(target, extname(target)))
    await createWorkspaceFile(target, doc, context.files)
    return switchToFile(context, target)
  }
}
