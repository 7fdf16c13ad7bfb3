import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Problem, WorkspaceDoc } from '../../shared/model/types'
import { validateDocument } from '../../shared/model/validate'
import { exportDocument } from '../service'
import { problemLines } from '../common/envelope'
import { isWorkspacePath } from '../../shared/workspaceFile'
import { CliError } from './cliError'
import { findJsonSyntaxError } from './jsonSyntax'

/** A JSON file's value; unreadable files and bad JSON exit 2 naming the file and where. */
export function readJsonFile(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw fileFailure(file, error)
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  const json = text.replace(/^\uFEFF/, '')
  try {
    return JSON.parse(json)
  } catch (error) {
    const where = findJsonSyntaxError(json)
    throw new CliError([
      where
        ? `${file}: not valid JSON at line ${where.line}, column ${where.column}: ${where.message}`
        : `${file}: not valid JSON: ${(error as Error).message}`,
    ])
  }
}

/** A valid document from a `.json` document or a `.marginplan` workspace, or exit 2 listing why. */
export async function loadDocument(file: string): Promise<WorkspaceDoc> {
  return isWorkspacePath(file) ? readWorkspaceFile(file) : requireValidDocument(readJsonFile(file))
}

export function requireValidDocument(input: unknown): WorkspaceDoc {
  const result = validateDocument(input)
  if (!result.ok) throw new CliError(problemLines(result.problems))
  return result.doc
}

/** The document a workspace file holds; the service refuses (with problems) an invalid one. */
export async function readWorkspaceFile(file: string): Promise<WorkspaceDoc> {
  try {
    return await exportDocument(file)
  } catch (error) {
    throw fileFailure(file, error)
  }
}

/** A failed read or write (the service's errors carry the document's problems) naming the file. */
export function fileFailure(file: string, error: unknown): CliError {
  const message =
    (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message
  const problems = (error as { problems?: Problem[] }).problems ?? []
  // The service's messages already name the (absolute) file.
  const named = message.includes(resolve(file)) ? message : `${file}: ${message}`
  return new CliError([named, ...problemLines(problems)])
}
