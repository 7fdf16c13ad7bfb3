/**
 * One report page printed over the DevTools protocol: open it in a new tab, wait for its load and
 * then for its own ready signal (drawScript), and print it at its CSS page size.
 */
import type { CdpPipe } from './cdpPipe'
import { readyExpression, requireDrawn, type ReadyState } from './readySignal'

export async function printPage(cdp: CdpPipe, url: string): Promise<Uint8Array> {
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', {
    url: 'about:blank',
  })
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId,
    flatten: true,
  })
  await cdp.send('Page.enable', {}, sessionId)
  const loaded = cdp.event('Page.loadEventFired', sessionId)
  const navigation = await cdp.send<{ errorText?: string }>('Page.navigate', { url }, sessionId)
  if (navigation.errorText)
    throw new Error(`Chromium could not open the report page: ${navigation.errorText}`)
  await loaded
  const evaluated = await cdp.send<{ result: { value: ReadyState } }>(
    'Runtime.evaluate',
    { expression: readyExpression, awaitPromise: true, returnByValue: true },
    sessionId,
  )
  requireDrawn(evaluated.result.value)
  const { data } = await cdp.send<{ data: string }>(
    'Page.printToPDF',
    {
      printBackground: true,
      // The page's @page rule sets Letter landscape and the margins its running header uses.
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    },
    sessionId,
  )
  return new Uint8Array(Buffer.from(data, 'base64'))
}
