/**
 * A written deck taken apart the way PowerPoint reads it: slides in order with their text,
 * native chart parts, the workbook embedded behind each chart, and every relationship.
 */
import JSZip from 'jszip'
import { buildBoardReport, type BoardReportOptions } from '../../../shared/report/boardReport'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { writeDeck } from '../../../electron/export/pptx'

export interface DeckParts {
  /** Slide XML in slide order. */
  slides: string[]
  /** Slide layouts, where the footer and slide number live. */
  layouts: string[]
  /** Chart XML (ppt/charts/chart*.xml). */
  charts: string[]
  /** The workbooks embedded behind the charts, unzipped: path → XML. */
  chartWorkbooks: Map<string, string>[]
  /** Every .rels part, so a test can look for hyperlinks. */
  relationships: string[]
  /** Every part's path. */
  paths: string[]
}

const numbered = (prefix: string, paths: readonly string[]) =>
  paths
    .filter((path) => new RegExp(`^${prefix}\\d+\\.xml$`).test(path))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))

async function xmlParts(zip: JSZip, paths: readonly string[]): Promise<string[]> {
  return Promise.all(paths.map((path) => zip.file(path)?.async('string') ?? ''))
}

async function workbookOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const xmlPaths = Object.keys(zip.files).filter((path) => path.endsWith('.xml'))
  const texts = await xmlParts(zip, xmlPaths)
  return new Map(xmlPaths.map((path, index) => [path, texts[index] ?? '']))
}

export async function readDeck(bytes: Uint8Array): Promise<DeckParts> {
  const zip = await JSZip.loadAsync(bytes)
  const paths = Object.keys(zip.files)
  const embedded = paths.filter((path) => /^ppt\/embeddings\/.*\.xlsx$/.test(path))
  return {
    slides: await xmlParts(zip, numbered('ppt/slides/slide', paths)),
    layouts: await xmlParts(zip, numbered('ppt/slideLayouts/slideLayout', paths)),
    charts: await xmlParts(zip, numbered('ppt/charts/chart', paths)),
    chartWorkbooks: await Promise.all(
      embedded.map(async (path) =>
        workbookOf((await zip.file(path)?.async('uint8array')) ?? new Uint8Array()),
      ),
    ),
    relationships: await xmlParts(
      zip,
      paths.filter((path) => path.endsWith('.rels')),
    ),
    paths,
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const decode = (xml: string) =>
  xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] ?? '')

/** A slide's text as a reader sees it: runs joined, one line per paragraph. */
export function slideText(xml: string): string {
  return xml
    .split('</a:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((match) => decode(match[1] ?? ''))
        .join(''),
    )
    .filter((line) => line !== '')
    .join('\n')
}

/** The first line of a content slide is its title. */
export const slideTitle = (xml: string): string => slideText(xml).split('\n')[0] ?? ''

/** Category labels and series names a chart caches, decoded. */
export function chartStrings(xml: string): string[] {
  return [...xml.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((match) =>
    decode(match[1] ?? ''),
  )
}

export async function deckOf(
  doc: WorkspaceDoc,
  options: Partial<BoardReportOptions> = {},
): Promise<DeckParts> {
  const report = buildBoardReport(doc, {
    scenarioId: null,
    compare: [],
    month: 0,
    generatedOn: '2026-03-05',
    ...options,
  })
  return readDeck(await writeDeck(report))
}
