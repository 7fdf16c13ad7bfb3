import { useEffect, useState } from 'react'
import type { UsageFormat } from '../../../../../shared/model/types'
import { runImportJob } from './workerJob'
import type { Sample } from './workerProtocol'

interface SampleState {
  sample: Sample | null
  /** Reading the sample for the format asked (the last one read stays shown meanwhile). */
  loading: boolean
  /** The file cannot be read at all (not valid JSON, too large to parse). */
  error: string | null
}

interface Answer {
  /** The format asked when it was read. */
  asked: UsageFormat | null
  sample: Sample | null
  error: string | null
}

/**
 * The file's first records, read in the worker for `format` (null: the format the file looks
 * like). A JSON document's records depend on the format, so a new format reads them again.
 */
export function useSample(file: File, format: UsageFormat | null): SampleState {
  const [answer, setAnswer] = useState<Answer | null>(null)
  useEffect(() => {
    const job = runImportJob({ job: 'sample', file, kind: null, format })
    job.done.then(
      (sample) => setAnswer({ asked: format, sample, error: null }),
      (error: Error) => {
        if (error.name !== 'JobCancelled') {
          setAnswer({ asked: format, sample: null, error: error.message })
        }
      },
    )
    return job.cancel
  }, [file, format])
  return {
    sample: answer?.sample ?? null,
    loading: answer === null || answer.asked !== format,
    error: answer?.error ?? null,
  }
}
