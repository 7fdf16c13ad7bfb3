import { resolve } from 'node:path'
import { isWorkspacePath } from '../../shared/workspaceFile'

/**
 * The workspace a launch asks for: the last `.marginplan` argument (file association, `open-with`,
 * a second instance's command line), resolved against the directory it was given in.
 */
export function workspaceArg(argv: readonly string[], cwd: string): string | undefined {
  const file = [...argv].reverse().find((arg) => !arg.startsWith('-') && isWorkspacePath(arg))
  return file === undefined ? undefined : resolve(cwd, file)
}

/**
 * `npm run <script>` runs in the package root; INIT_CWD records where the user typed it, which is
 * what relative file arguments mean to them.
 */
export function enterInvocationDir(script: string): void {
  const dir = process.env.INIT_CWD
  if (process.env.npm_lifecycle_event === script && dir) process.chdir(dir)
}
