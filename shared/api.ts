/**
 * The one typed contract between the renderer and the workspace service (DESIGN.md §1).
 * Electron IPC and the loopback web host both carry exactly these channels; every payload is
 * checked against its schema at the service boundary before any handler runs.
 */
import { z } from 'zod'
import type { WorkspaceDoc, Problem } from './model/types'
import type { JsonValue } from './model/editTypes'
import type { Channel } from './channels'

export { channels, isChannel, type Channel } from './channels'

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue),
    z.record(z.string(), jsonValue),
  ]),
)

const editSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set'), path: z.string().min(1), value: jsonValue }),
  z.object({
    op: z.literal('insert'),
    path: z.string().min(1),
    value: jsonValue,
    index: z.number().int().nonnegative().optional(),
  }),
  z.object({ op: z.literal('delete'), path: z.string().min(1), cascade: z.boolean().optional() }),
])

const filePath = z.string().min(1, 'a file path is required')

/** Payload schemas, one per channel (the `satisfies` keeps them in step with shared/channels). */
export const requestSchemas = {
  'workspace/current': z.object({}),
  'workspace/open': z.object({ path: filePath }),
  'workspace/create': z.object({ path: filePath, template: z.enum(['demo', 'blank']) }),
  'workspace/saveAs': z.object({ path: filePath }),
  'workspace/recent': z.object({}),
  'workspace/importJson': z.object({ path: filePath, doc: z.unknown() }),
  'workspace/exportJson': z.object({}),
  'edits/apply': z.object({
    revision: z.number().int().nonnegative(),
    label: z.string().max(200),
    edits: z.array(editSchema).min(1).max(100_000),
  }),
} as const satisfies Record<Channel, z.ZodType>

/** What the renderer holds: the open workspace, its file and a revision that counts saved edits. */
export interface WorkspaceSnapshot {
  path: string
  doc: WorkspaceDoc
  revision: number
}

export interface ResponseTypes {
  'workspace/current': WorkspaceSnapshot
  'workspace/open': WorkspaceSnapshot
  'workspace/create': WorkspaceSnapshot
  'workspace/saveAs': WorkspaceSnapshot
  'workspace/recent': { paths: string[] }
  'workspace/importJson': WorkspaceSnapshot
  'workspace/exportJson': { doc: WorkspaceDoc }
  'edits/apply': WorkspaceSnapshot
}

export type Request<C extends Channel> = z.input<(typeof requestSchemas)[C]>
export type Response<C extends Channel> = ResponseTypes[C]

/** The handler map the service implements and both transports register. */
export type Handlers = {
  [C in Channel]: (request: z.output<(typeof requestSchemas)[C]>) => Promise<Response<C>>
}

export type ApiErrorCode =
  | 'bad-request' // the payload does not match its schema
  | 'invalid-document' // the edit or import would make the document invalid
  | 'stale-revision' // the workspace changed since the renderer last read it
  | 'not-found' // a file that does not exist
  | 'unsupported-version' // a file written by a newer app
  | 'io' // the file could not be read or written
  | 'internal'

export interface ApiError {
  code: ApiErrorCode
  message: string
  /** Each problem names the field it is about. */
  problems: Problem[]
}

/** What crosses either transport: errors travel as values, never as thrown exceptions. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** The renderer's view of a transport: Electron IPC and HTTP both implement it. */
export type Invoke = <C extends Channel>(
  channel: C,
  request: Request<C>,
) => Promise<Envelope<Response<C>>>
