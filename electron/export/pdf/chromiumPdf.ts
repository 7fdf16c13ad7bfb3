/** Placeholder until the headless Chromium renderer lands. */
export function chromiumPdf(html: string): Promise<Uint8Array> {
  return Promise.reject(new Error(`the PDF renderer is not built yet (${html.length} characters)`))
}
