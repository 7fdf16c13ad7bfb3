import { spawn } from 'node:child_process'

/** Best effort: the URL is printed anyway, so a missing opener must not stop the host. */
export function openBrowser(url: string): void {
  const [command, args] = opener(url)
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' })
    child.on('error', () => undefined)
    child.unref()
  } catch {
    // No opener on this system: the user copies the printed URL.
  }
}

function opener(url: string): [string, string[]] {
  if (process.platform === 'darwin') return ['open', [url]]
  // `start` would need cmd's quoting rules; the URL handler takes the URL as it is.
  if (process.platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]]
  return ['xdg-open', [url]]
}
