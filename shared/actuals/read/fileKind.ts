/** The kinds of file usage logs come as, and how a file's name says which. */
export type FileKind = 'csv' | 'json' | 'jsonl'

const EXTENSIONS: Readonly<Record<string, FileKind>> = {
  csv: 'csv',
  tsv: 'csv',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
}

/** The kind a file's extension names, or undefined for another or no extension. */
export function fileKindByName(fileName: string): FileKind | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase()
  return extension === undefined ? undefined : EXTENSIONS[extension]
}
