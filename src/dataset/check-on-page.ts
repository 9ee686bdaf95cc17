import { assembleDataset } from './assemble-dataset'
import type { TextCheckResult } from './check-dataset-text'
import { judgeRequest, type CheckRequest } from './judge-request'
import type { JudgeTextOptions } from './judge-text'

/**
 * Checks a small dataset on the page itself: for the bundled one and the like this takes a few
 * milliseconds, less than starting a worker and talking to it. The same steps as the worker's.
 */
export async function checkOnPage(
  request: CheckRequest,
  progress: Omit<JudgeTextOptions, 'checkRecord'>,
): Promise<TextCheckResult> {
  const judged = await judgeRequest(request, progress)
  if (!judged.ok) return judged
  return { ok: true, value: assembleDataset(judged.document, judged.verdict, 'own') }
}
