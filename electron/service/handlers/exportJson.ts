import type { Handlers } from '../../../shared/api'
import type { ServiceContext } from '../context'

export function exportJsonHandler(context: ServiceContext): Handlers['workspace/exportJson'] {
  return async () => ({ doc: (await context.session.current()).doc })
}
