import type { Handlers } from '../../../shared/api'
import { commitEdits } from '../commitEdits'
import type { ServiceContext } from '../context'

const REFUSED = 'The edits would make the workspace invalid'

/**
 * Applies one batch of edits to the open workspace: it must be made on the file's current
 * revision, the result must validate, and it is written in one transaction (all or nothing).
 * The answer is the new revision only: the page already holds the document it sent.
 */
export function applyEditsHandler(context: ServiceContext): Handlers['edits/apply'] {
  return async ({ revision, edits }) => {
    const workspace = await context.session.opened()
    commitEdits(workspace, edits, REFUSED, revision)
    context.session.saved(workspace)
    return { revision: workspace.revision }
  }
}
