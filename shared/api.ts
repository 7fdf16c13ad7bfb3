/**
 * The one typed contract between the renderer and the workspace service (DESIGN.md §1).
 * Electron IPC and the loopback web host both carry exactly these channels; every payload is
 * checked against its schema at the service boundary before any handler runs.
 */
import { z } from 'zod'
import type { WorkspaceDoc, Problem } from './model/types'
import type { JsonValue } from './model/editTypes'
import type { Channel, DesktopChannel } from './channels'
import { exportRequestSchema, type ExportFormat } from './report/exportRequest'
import type { CatalogFile } from './catalog/catalogFile'
import type { PricePreview } from './catalog/preview'
import type { SkipCounts } from './catalog/priceBook'
import { BACKUP_ID_PATTERN } from './backupIds'
import { hasControlCharacter, isWellFormed } from './model/text'
import { isWorkspacePath } from './workspaceFile'
import { actualsRequestSchemas } from './actuals/api'
import type { ImportRecord } from './actuals/types'
import type { ActualsOverview } from './actuals/overview'
import type { ActualsCalibration } from './actuals/calibration/types'
import type { Alert } from './actuals/alerts'

export {
  channels,
  isChannel,
  desktopChannels,
  isDesktopChannel,
  type Channel,
  type DesktopChannel,
} from './channels'

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

/** `/home/…`, `C:\…` or `\\server\share\…`. */
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\)/

/** A path as the OS takes it: a NUL would cut it short, other control characters are typos. */
const filePath = z
  .string()
  .min(1, 'a file path is required')
  .max(4096, 'a file path is at most 4,096 characters')
  .refine((path) => !hasControlCharacter(path), 'a file path may not contain control characters')
  // The OS would store a lone surrogate as U+FFFD: a file of another name than the one asked for.
  .refine(isWellFormed, 'a file path must be well-formed text')
  // A relative path would land wherever the service happened to start, not where the person is.
  .refine((path) => ABSOLUTE_PATH.test(path), 'a file path must be a full path, from the root')
/** The only files the page may name: workspaces. JSON comes and goes as page uploads/downloads. */
const workspacePath = filePath.refine(
  isWorkspacePath,
  'a workspace file name must end in .marginplan',
)
const overwrite = z.boolean().default(false)
const backupId = z.string().regex(BACKUP_ID_PATTERN, 'a backup id is letters, digits, "-" and "_"')

/** A price file the person chose, read by the renderer: its name (for messages) and its text. */
const priceFile = {
  fileName: z.string().min(1).max(500),
  text: z
    .string()
    .min(1, 'the price file is empty')
    .max(19 * 1024 * 1024),
  /** How far the file's history is known; the day its undated (LiteLLM) prices take effect. */
  asOf: z.iso.date(),
}
const jobId = z.string().min(1, 'a job id is required')

/** Payload schemas, one per channel (the `satisfies` keeps them in step with shared/channels). */
export const requestSchemas = {
  'workspace/current': z.object({}),
  // `edit` refuses a file another process holds for editing (error `locked`), so the person
  // chooses: `read-only`, or `take-over` (both may then write; stale writes are refused).
  'workspace/open': z.object({
    path: workspacePath,
    access: z.enum(['edit', 'read-only', 'take-over']).default('edit'),
  }),
  // Every call that writes a new workspace file replaces an existing one only with `overwrite`
  // (the person was asked first) and only when it is a workspace nobody else holds; otherwise the
  // answer is error `exists`. No call replaces any other kind of file.
  'workspace/create': z.object({
    path: workspacePath,
    template: z.enum(['demo', 'blank']),
    overwrite,
  }),
  'workspace/saveAs': z.object({ path: workspacePath, overwrite }),
  'workspace/recent': z.object({}),
  'workspace/importJson': z.object({ path: workspacePath, doc: z.unknown(), overwrite }),
  'workspace/exportJson': z.object({}),
  'workspace/takeOver': z.object({}),
  'workspace/status': z.object({}),
  'edits/apply': z.object({
    revision: z.number().int().nonnegative(),
    label: z.string().max(200),
    edits: z.array(editSchema).min(1).max(100_000),
  }),
  // The revision the renderer shows: an export of anything else (edits still on their way) is
  // refused, so the file holds exactly what the person saw.
  'reports/start': exportRequestSchema.extend({ revision: z.number().int().nonnegative() }),
  'reports/status': z.object({ jobId }),
  'reports/cancel': z.object({ jobId }),
  'reports/download': z.object({ jobId }),
  'reports/save': z.object({ jobId, path: filePath }),
  'catalog/models': z.object({}),
  'catalog/refresh': z.object({ ...priceFile, dryRun: z.boolean() }),
  'catalog/reset': z.object({}),
  'prices/preview': z.object({ ...priceFile, addAll: z.boolean() }),
  'backups/list': z.object({}),
  'backups/take': z.object({
    name: z
      .string()
      .trim()
      .min(1, 'a snapshot needs a name')
      .max(120, 'a snapshot name is at most 120 characters')
      .refine(isWellFormed, 'a snapshot name must be well-formed text')
      .refine(
        (name) => !hasControlCharacter(name),
        'a snapshot name may not hold control characters',
      ),
  }),
  'backups/open': z.object({ id: backupId }),
  'backups/restore': z.object({ id: backupId, path: workspacePath, overwrite }),
  'backups/delete': z.object({ id: backupId }),
  ...actualsRequestSchemas,
} as const satisfies Record<Channel, z.ZodType>

/** Payloads of the desktop-only channels, checked in Electron main before it acts. */
export const desktopRequestSchemas = {
  'reports/saveDialog': z.object({ jobId }),
  'files/create': z.object({ template: z.enum(['demo', 'blank']) }),
  'files/open': z.object({}),
  // An index into `workspace/recent`'s list: the page never hands main a path.
  'files/openRecent': z.object({ index: z.number().int().min(0).max(49) }),
  'files/saveAs': z.object({}),
  'files/importJson': z.object({}),
  'files/restoreBackup': z.object({ id: backupId }),
} as const satisfies Record<DesktopChannel, z.ZodType>

export type ExportJobState = 'running' | 'done' | 'failed' | 'cancelled'

/** Where an export job is; `fileName` once it is done, `error` once it failed. */
export interface ExportJobStatus {
  jobId: string
  state: ExportJobState
  format: ExportFormat
  /** What is being done, for a progress line: "Writing the workbook". */
  stage: string
  /** 0..1. */
  fraction: number
  fileName?: string
  error?: ApiError
}

/** A finished export for the browser to download. */
interface ExportDownload {
  fileName: string
  mimeType: string
  base64: string
}

/** Why a workspace is open read-only. */
export type ReadOnlyReason =
  | 'permissions' // the file or its folder cannot be written
  | 'held-elsewhere' // the person chose read-only over taking over from another window
  | 'backup' // a backup, opened to look at; restore it as a new file to edit
  | 'moved' // the file was moved, replaced or deleted while open: Save As keeps the work

export type WorkspaceAccess =
  | { mode: 'edit' }
  | {
      mode: 'read-only'
      reason: ReadOnlyReason
      /** Why, and the way on, for the banner: "x.marginplan cannot be saved here (…)…". */
      message: string
      /** A backup view: the workspace file it is a backup of (its own path is the backup's). */
      backupOf?: string
    }

/**
 * What the renderer holds: the open workspace, its file, the file's revision (it counts saved
 * edits, by any process) and whether this window may write it.
 */
export interface WorkspaceSnapshot {
  path: string
  doc: WorkspaceDoc
  revision: number
  access: WorkspaceAccess
}

/** A saved edit batch: the file's revision now. The page already holds the document. */
export interface EditAck {
  revision: number
}

/** A copy of a workspace kept in the backups folder, automatic or named by the person. */
export interface BackupEntry {
  id: string
  /** ISO 8601 instant. */
  takenAt: string
  kind: 'automatic' | 'named'
  /** The person's name for a named snapshot ("Board plan Q4"); null for automatic ones. */
  name: string | null
  workspaceName: string
  revision: number
  /** The baseline's blended (portfolio) margin at the first month, %; null without revenue. */
  portfolioMarginPct: number | null
  sizeBytes: number
}

/** The catalog the app offers, and whether it is the shipped one or the user's refresh. */
export interface CatalogListing extends Omit<CatalogFile, 'format' | 'version'> {
  origin: 'shipped' | 'refreshed'
}

/** What a catalog refresh changes (or, with `dryRun`, would change). */
export interface CatalogRefreshResult {
  added: number
  changed: number
  unchanged: number
  pointsAdded: number
  pointsReplaced: number
  skipped: SkipCounts
  /** Models in the catalog afterwards. */
  models: number
  asOf: string
}

export interface ResponseTypes {
  'workspace/current': WorkspaceSnapshot
  'workspace/open': WorkspaceSnapshot
  'workspace/create': WorkspaceSnapshot
  'workspace/saveAs': WorkspaceSnapshot
  'workspace/recent': { paths: string[] }
  'workspace/importJson': WorkspaceSnapshot
  'workspace/exportJson': { doc: WorkspaceDoc }
  'workspace/takeOver': WorkspaceSnapshot
  /** The file's revision and this window's access now: cheap enough to ask every few seconds. */
  'workspace/status': { revision: number; access: WorkspaceAccess }
  'edits/apply': EditAck
  'reports/start': { jobId: string }
  'reports/status': ExportJobStatus
  'reports/cancel': ExportJobStatus
  'reports/download': ExportDownload
  'reports/save': { path: string }
  'catalog/models': CatalogListing
  'catalog/refresh': CatalogRefreshResult
  'catalog/reset': { models: number; asOf: string }
  'prices/preview': PricePreview
  'backups/list': { backups: BackupEntry[] }
  'backups/take': BackupEntry
  'backups/open': WorkspaceSnapshot
  'backups/restore': WorkspaceSnapshot
  /** The backups left. */
  'backups/delete': { backups: BackupEntry[] }
  'actuals/stage': { stageId: string }
  'actuals/commit': { importId: number }
  'actuals/discard': Record<string, never>
  'actuals/importRevenue': { importId: number }
  'actuals/imports': { imports: ImportRecord[] }
  /** Null when nothing is imported yet. */
  'actuals/overview': ActualsOverview | null
  'actuals/calibration': ActualsCalibration | null
  'actuals/alerts': { alerts: Alert[] }
}

interface DesktopResponseTypes {
  /** null: the person closed the save dialog without choosing a file. */
  'reports/saveDialog': { path: string | null }
  /** done: false when the person cancelled the dialog; true once main switched (and reloads). */
  'files/create': { done: boolean }
  'files/open': { done: boolean }
  'files/openRecent': { done: boolean }
  'files/saveAs': { done: boolean }
  'files/importJson': { done: boolean }
  'files/restoreBackup': { done: boolean }
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
  | 'conflict' // the file changed (another window or process) since the caller last read it
  | 'locked' // another process holds the file for editing: open it read-only or take over
  | 'read-only' // this workspace is open read-only: Save As to edit a copy
  | 'file-moved' // the open file was moved, replaced or deleted: Save As keeps the work
  | 'exists' // the target file exists; the caller must ask before replacing it
  | 'not-found' // a file that does not exist
  | 'unsupported-version' // a file written by a newer app
  | 'io' // the file could not be read or written
  | 'invalid-price-file' // a price file that is not well formed: the message names model and field
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

export type DesktopRequest<C extends DesktopChannel> = z.input<(typeof desktopRequestSchemas)[C]>
export type DesktopResponse<C extends DesktopChannel> = DesktopResponseTypes[C]

/** The desktop-only calls, which the preload's `invoke` also carries. */
export type DesktopInvoke = <C extends DesktopChannel>(
  channel: C,
  request: DesktopRequest<C>,
) => Promise<Envelope<DesktopResponse<C>>>
