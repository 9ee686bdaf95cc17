/**
 * vis-timeline keeps its items and rows in plain objects keyed by id, so an id named like a property
 * of Object.prototype ("constructor") finds that property instead of nothing, and vis then calls
 * `setData` on a function (issue 13). Every id handed to vis is therefore prefixed: no prototype
 * property starts with these words and a colon.
 */
export const EVENT_ITEM_PREFIX = 'event:'
const GROUP_PREFIX = 'row:'

/** The vis item id of an event. Count boxes have ids of their own ("cluster:…"). */
export const visItemId = (eventId: string): string => `${EVENT_ITEM_PREFIX}${eventId}`

/** The event an item id stands for, or null for a count box or anything else. */
export const eventIdOfVisItem = (itemId: string): string | null =>
  itemId.startsWith(EVENT_ITEM_PREFIX) ? itemId.slice(EVENT_ITEM_PREFIX.length) : null

/** The vis group id of a row (an actor's id, or a side's row id). */
export const visGroupId = (rowId: string): string => `${GROUP_PREFIX}${rowId}`
