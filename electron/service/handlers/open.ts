import type { Handlers } from '../../../shared/api'
import { switchToFile, type ServiceContext } from '../context'

export function openHandler(context: ServiceContext): Handlers['workspace/open'] {
  return ({ path }) => switchToFile(context, path)
}
