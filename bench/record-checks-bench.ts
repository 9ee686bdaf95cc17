// npx tsx bench/record-checks-bench.ts [--events=10000 --runs=7]
// Per-event cost of checking a record: zod's eventSchema.safeParse against the zod-free isValidEvent
// (src/dataset/record-checks.ts), on the synthetic dataset as the worker reads it (from JSON text).
// Prints medians over warm runs and their ratio; it asserts nothing, so it cannot flake.
import { eventSchema } from '../src/dataset/dataset-schema'
import { isValidEvent } from '../src/dataset/record-checks'
import { generateDataset } from './synthetic-dataset'

function option(name: string, fallback: number): number {
  const prefix = `--${name}=`
  const value = Number(process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback)
  return Number.isFinite(value) && value > 0 ? value : fallback
}

const eventCount = option('events', 10_000)
const runs = Math.max(5, option('runs', 9))
const WARM_UP_RUNS = 3

const document: unknown = JSON.parse(JSON.stringify(generateDataset(eventCount)))
const events: unknown = typeof document === 'object' && document !== null ? Reflect.get(document, 'events') : null
if (!Array.isArray(events) || events.length !== eventCount) throw new Error('the synthetic dataset has no events list')
const records: readonly unknown[] = events

/** Checks every event once; returns the milliseconds taken and how many were valid. */
function timeOnePass(isValid: (raw: unknown) => boolean): { ms: number; valid: number } {
  let valid = 0
  const start = performance.now()
  for (let i = 0; i < records.length; i++) if (isValid(records[i])) valid += 1
  return { ms: performance.now() - start, valid }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

const subjects = [
  { name: 'zod eventSchema.safeParse', isValid: (raw: unknown) => eventSchema.safeParse(raw).success },
  { name: 'isValidEvent (zod-free)', isValid: isValidEvent },
]

// runs alternate between the two, so that a busy machine slows both alike
for (const subject of subjects) for (let i = 0; i < WARM_UP_RUNS; i++) timeOnePass(subject.isValid)
const times = subjects.map((): number[] => [])
for (let run = 0; run < runs; run++) {
  subjects.forEach((subject, i) => {
    const { ms, valid } = timeOnePass(subject.isValid)
    if (valid !== records.length) throw new Error(`${subject.name}: ${records.length - valid} events invalid`)
    times[i]?.push(ms)
  })
}
const perEvent = subjects.map((subject, i) => {
  const runMs = median(times[i] ?? [])
  const microseconds = (runMs * 1000) / records.length
  console.log(
    `${subject.name.padEnd(28)} ${microseconds.toFixed(2).padStart(7)} µs/event  ` +
      `(median of ${runs} warm runs over ${records.length} events, ${runMs.toFixed(1)} ms a run)`,
  )
  return microseconds
})
const [zodCost = 0, checkCost = 0] = perEvent
console.log(
  `ratio: isValidEvent takes ${(checkCost / zodCost).toFixed(3)}× zod's time (${(zodCost / checkCost).toFixed(1)}× faster)`,
)
