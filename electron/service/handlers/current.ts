import type { Handlers } from '../../../shared/api'
import type { ServiceContext } from '../context'
import { snapshot } from '../session'

export function currentHandler(context: ServiceContext): Handlers['workspace/current'] {
  return async () => snapshot(await context.session.current())
}
