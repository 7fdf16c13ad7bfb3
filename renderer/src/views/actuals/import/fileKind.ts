/**
 * Which kind of file a usage log is and which format it looks like, from its name and its first
 * bytes or record, so the import dialog opens on the right format (the person can change it).
 */
import { formatParsers } from '../../../../../shared/actuals/formats'
import { detectJsonFormat } from '../../../../../shared/actuals/read/detectJsonFormat'
import { fileKindByName, type FileKind } from '../../../../../shared/actuals/read/fileKind'
import type { UsageFormat } from '../../../../../shared/model/types'

export type { FileKind }

/** By extension; a file without a known one by its first bytes (`head`). */
export function fileKindOf(fileName: string, head: string): FileKind {
  const known = fileKindByName(fileName)
  if (known !== undefined) return known
  const text = head.replace(/^\uFEFF/, '').trimStart()
  if (text.startsWith('[')) return 'json'
  if (!text.startsWith('{')) return 'csv'
  // One object per line: the first line closes its object and the next opens another.
  const [first = '', second = ''] = text.split('\n')
  return first.trimEnd().endsWith('}') && second.trimStart().startsWith('{') ? 'jsonl' : 'json'
}

/** The formats that come as this kind of file, in the order the picker lists them. */
export function formatsFor(kind: FileKind): UsageFormat[] {
  return (Object.keys(formatParsers) as UsageFormat[]).filter((format) =>
    formatParsers[format].fileKinds.includes(kind),
  )
}

/**
 * The format a file's content looks like: `sample` is a JSON document, or for CSV and JSONL its
 * first row (a CSV's header keys are enough). A CSV no export claims is the generic CSV.
 */
export function guessFormat(kind: FileKind, sample: unknown): UsageFormat | null {
  const document = kind === 'json' ? sample : [sample]
  const found = detectJsonFormat(document)
  if (found !== null && formatParsers[found].fileKinds.includes(kind)) return found
  return kind === 'csv' ? 'csv' : null
}
