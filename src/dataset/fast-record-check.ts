import type { RecordList } from './dataset-types'
import type { RecordCheck } from './judge-dataset'
import { isValidActor, isValidEvent, isValidFormat, isValidOutlet } from './record-checks'

const IS_VALID: Readonly<Record<RecordList, (raw: unknown) => boolean>> = {
  actors: isValidActor,
  outlets: isValidOutlet,
  formats: isValidFormat,
  events: isValidEvent,
}

/** Thrown by the first pass at the first record that does not pass: only zod words its problems. */
class NeedsExplanation extends Error {}

const fastOnly: RecordCheck = (list, raw) => {
  if (IS_VALID[list](raw)) return null
  throw new NeedsExplanation(list)
}

/**
 * Runs a judgement with the hand-written checks of record-checks.ts (no zod, a few µs a record);
 * only when a record fails them is zod loaded and the judgement run again with it, so that every
 * problem is worded and located as always. The two agree on every record (record-checks.test.ts);
 * should they ever not, zod decides.
 */
export async function judgeWithFastChecks<T>(run: (checkRecord: RecordCheck) => T): Promise<T> {
  try {
    return run(fastOnly)
  } catch (error) {
    if (!(error instanceof NeedsExplanation)) throw error
  }
  const { zodRecordCheck } = await import('./zod-record-check')
  return run((list, raw, index) => (IS_VALID[list](raw) ? null : zodRecordCheck(list, raw, index)))
}
