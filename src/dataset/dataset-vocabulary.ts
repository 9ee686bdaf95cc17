// Zod-free constants, so that the main bundle can name the vocabulary without loading the validator.
export const OUTLET_KINDS = [
  'news-agency',
  'newspaper',
  'news-site',
  'broadcaster',
  'official',
  'social',
  'other',
] as const
export const EVENT_KINDS = ['statement', 'proposal', 'claim', 'announcement', 'meeting', 'call'] as const
export const STANCES = ['supports', 'conditional', 'opposes', 'unclear'] as const
export const HOW_VALUES = [
  'said',
  'briefed',
  'posted',
  'interview',
  'broadcast',
  'reported',
  'quoted',
  'cited',
  'translated',
] as const
export const RELATIONS = ['reports', 'responds-to', 'refers-to', 'contradicts', 'same-occasion'] as const

export type OutletKind = (typeof OUTLET_KINDS)[number]
export type EventKind = (typeof EVENT_KINDS)[number]
export type StanceValue = (typeof STANCES)[number]
export type HowValue = (typeof HOW_VALUES)[number]
export type RelationValue = (typeof RELATIONS)[number]
