/**
 * The report page around its sections: style sheet, Plotly and the drawing script, all inline.
 * Its Content-Security-Policy allows no network at all and runs only those two scripts (by hash),
 * so even a name that slipped past escaping could neither run nor fetch anything.
 */
import { createHash } from 'node:crypto'
import { drawScript } from './drawScript'
import { escapeHtml } from './escape'
import { pageCss, type RunningText } from './pageCss'
import { plotlySource } from './plotlySource'

export interface PageParts {
  title: string
  running: RunningText
  body: string
}

const scriptHash = (source: string) =>
  `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`

/**
 * A script element's text ends at the first `</script`; Plotly's minified source has none today,
 * but `<\/` reads the same inside any JavaScript string or regular expression, so a future
 * version with one still loads whole.
 */
function inlineScript(source: string): string {
  return source.replace(/<\/script/gi, '<\\/script')
}

export function pageShell({ title, running, body }: PageParts): string {
  const plotly = inlineScript(plotlySource())
  const policy = [
    "default-src 'none'",
    `script-src ${scriptHash(plotly)} ${scriptHash(drawScript)}`,
    // Plotly styles its SVG inline and adds a style element of its own.
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
  ].join('; ')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${escapeHtml(title)}</title>
<style>${pageCss(running)}</style>
</head>
<body>
${body}
<script>${plotly}</script>
<script>${drawScript}</script>
</body>
</html>
`
}
