import type { Handlers } from '../../../shared/api'
import { switchToFile, type ServiceContext } from '../context'

export function openHandler(context: ServiceContext): Handlers['workspace/open'] {
  return ({ path, access }) => switchToFile(context, path, access)
}

/**
 * Edits the file this window shows read-only because another process holds it: from now on both
 * may save, and whichever is behind is refused (`conflict`) and reloads.
 */
export function takeOverHandler(context: ServiceContext): Handlers['workspace/takeOver'] {
  return async () => {
    const workspace = await context.session.current()
    return switchToFile(context, workspace.path, 'take-over')
  }
}
