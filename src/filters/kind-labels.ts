import type { EventKind } from '../dataset/dataset-vocabulary'

/** Plural labels for the kinds filter. */
export const KIND_LABELS: Record<EventKind, string> = {
  statement: 'Statements',
  proposal: 'Proposals',
  claim: 'Claims about another actor',
  announcement: 'Announcements',
  meeting: 'Meetings',
  call: 'Calls',
}
