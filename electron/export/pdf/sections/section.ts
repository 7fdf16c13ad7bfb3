import { escapeHtml } from '../escape'

export interface SectionOptions {
  /** Starts a page: the appendix, so its tables never begin at the foot of a chart page. */
  newPage?: boolean
  /** Heading, caption and content move to the next page together (a chart: never split). */
  keep?: boolean
}

/** A titled part of the report; `content` is HTML, title and caption are text. */
export function sectionHtml(
  title: string,
  caption: string,
  content: string,
  { newPage = false, keep = false }: SectionOptions = {},
): string {
  const classes = [newPage ? 'new-page' : '', keep ? 'keep' : ''].filter((c) => c !== '')
  const classAttr = classes.length > 0 ? ` class="${classes.join(' ')}"` : ''
  return `<section${classAttr}>
<h2>${escapeHtml(title)}</h2>
<p class="caption">${escapeHtml(caption)}</p>
${content}
</section>`
}
