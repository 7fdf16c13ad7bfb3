import type { Handlers } from '../../../shared/api'
import type { ServiceContext } from '../context'

export function recentHandler(context: ServiceContext): Handlers['workspace/recent'] {
  return async () => ({ paths: context.recent.list() })
}
