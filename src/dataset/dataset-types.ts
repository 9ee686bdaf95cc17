import type { Actor, Format, Outlet, StatementEvent } from './dataset-schema'
import type { EdtfDate } from './edtf-date'

export type { Actor, Format, Outlet, StatementEvent }
export type { Quote, SourceLink, ParallelReport, Stance, RelatedEntry } from './dataset-schema'

/** Where an event sits in time, computed once when the dataset is checked. */
export interface EventTiming {
  readonly start: EdtfDate
  readonly end: EdtfDate | null
  /** ordering value of the start on the axis (see axisTimeOf) */
  readonly axisStart: number
  /** exclusive end on the axis, only for events with `end` */
  readonly axisEnd: number | null
  /** first and last calendar day covered, YYYY-MM-DD, for date-range filters */
  readonly firstDay: string
  readonly lastDay: string
}

/** A checked event with what the app derives from it once per dataset (its search text: search-texts.ts). */
export interface DatasetEvent extends StatementEvent {
  readonly timing: EventTiming
}

export interface Dataset {
  readonly title: string
  readonly description?: string | undefined
  readonly updated?: string | undefined
  readonly actors: readonly Actor[]
  readonly outlets: readonly Outlet[]
  readonly formats: readonly Format[]
  /** in date order (then by id), so list and timeline agree */
  readonly events: readonly DatasetEvent[]
}

/** One problem, located by its JSON path, e.g. `events[3].sourceChain[1].outlet`. */
export interface DatasetIssue {
  readonly path: string
  readonly message: string
}

export type RecordList = 'actors' | 'outlets' | 'formats' | 'events'

/** A record that did not load, with every reason found for it. */
export interface SetAsideRecord {
  readonly list: RecordList
  readonly index: number
  /** the record's id, when it had a readable one */
  readonly id: string | null
  readonly issues: readonly DatasetIssue[]
}

export interface CheckedDataset {
  readonly dataset: Dataset
  readonly setAside: readonly SetAsideRecord[]
  /** `related` entries dropped because their target is missing or set aside; their events stay */
  readonly droppedRelations: readonly DatasetIssue[]
}

export type ValidationResult =
  | { readonly ok: true; readonly value: CheckedDataset }
  | { readonly ok: false; readonly documentIssues: readonly DatasetIssue[] }
