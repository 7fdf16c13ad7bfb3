/**
 * The simulation worker: every draw of a Monte Carlo run is evaluated here, off the window's
 * thread, so 100,000 draws never freeze the app. It answers one run and is terminated after it
 * (or by Cancel).
 */
import { simulate } from '../../../../../shared/simulation'
import type { SimulationReply, SimulationRequest } from './simulationProtocol'

/** Often enough for a smooth bar, rarely enough not to flood the window with messages. */
const PROGRESS_EVERY_DRAWS = 250

const reply = (message: SimulationReply, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer })

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const { doc, options } = event.data
  try {
    const { result, samples } = simulate(doc, options, {
      onProgress: (progress) => reply({ kind: 'progress', progress }),
      progressEvery: PROGRESS_EVERY_DRAWS,
    })
    // Handed over, not copied: 100,000 margins are 800 kB the window need not clone.
    reply({ kind: 'done', value: { result, samples } }, [samples.portfolioMarginPct.buffer])
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
