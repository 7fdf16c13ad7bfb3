import type { Handlers } from '../../../shared/api'
import type { ServiceContext } from '../context'
import { snapshot } from '../session'

export function currentHandler(context: ServiceContext): Handlers['workspace/current'] {
  return async () => snapshot(await context.session.current())
}

/** What the page polls to notice saves by another window, or its file moving away. */
export function statusHandler(context: ServiceContext): Handlers['workspace/status'] {
  return async () => {
    const { revision, access } = await context.session.current()
    return { revision, access }
  }
}
