/** Workspace files end in `.marginplan` (any case): the one rule for every part of the app. */
export const WORKSPACE_EXTENSION = '.marginplan'

const WORKSPACE_EXTENSION_PATTERN = /\.marginplan$/i

export function isWorkspacePath(path: string): boolean {
  return WORKSPACE_EXTENSION_PATTERN.test(path)
}

/** `/plans/Board.marginplan` → `/plans/Board`. */
export function withoutWorkspaceExtension(path: string): string {
  return path.replace(WORKSPACE_EXTENSION_PATTERN, '')
}
