import { dialog, type BrowserWindow } from 'electron'
import type { ApiError } from '../../shared/api'
import { problemLines } from '../common/envelope'

/** A refusal in a native error dialog, modal to `owner`: the title, the message, each problem. */
export async function showError(
  owner: BrowserWindow,
  title: string,
  error: ApiError,
): Promise<void> {
  await dialog.showMessageBox(owner, {
    type: 'error',
    title,
    message: `${title}: ${error.message}`,
    detail: problemLines(error.problems).join('\n'),
  })
}
