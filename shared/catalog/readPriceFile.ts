/**
 * A price file's text as a price book, whichever of the two formats it is: genai-prices (v2, a
 * list of providers) or LiteLLM's `model_prices_and_context_window.json` (an object of models).
 */
import { readGenaiPrices } from './genaiPrices'
import { readLiteLlm } from './litellm'
import { PriceFileError, type PriceBook } from './priceBook'

export interface PriceFileOptions {
  /** The day LiteLLM's undated prices take effect ('YYYY-MM-DD'). */
  from: string
}

export function readPriceFile(text: string, options: PriceFileOptions): PriceBook {
  let json: unknown
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new PriceFileError(`not valid JSON (is the file complete?): ${(error as Error).message}`)
  }
  return Array.isArray(json) ? readGenaiPrices(json) : readLiteLlm(json, options)
}
