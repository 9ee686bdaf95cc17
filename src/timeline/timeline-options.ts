import type { TimelineOptions } from 'vis-timeline/esnext'
import type { Locale } from '../i18n/locale'
// our UTC-only stand-in for moment.js; vite.config.ts also gives it to vis-timeline's own `import 'moment'`
import { utcMoment, type MomentInput } from './utc-moment'

const HOUR = 60 * 60 * 1000
const YEAR = 365 * 24 * HOUR

export const TIMELINE_OPTIONS: TimelineOptions = {
  // dates are calendar days as written in the source, kept in UTC so they never shift by time zone
  moment: (date?: MomentInput) => utcMoment(date).utc().locale('en'),
  selectable: true,
  multiselect: false,
  // one line per row: fit-labels.ts draws close events as a count box instead of stacking them
  stack: false,
  showCurrentTime: false,
  zoomable: true,
  moveable: true,
  zoomMin: HOUR,
  zoomMax: 30 * YEAR,
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { horizontal: 0, vertical: 3 }, axis: 3 },
  // a plain wheel scrolls the rows (and the page); Ctrl or ⌘ with the wheel, or a pinch, zooms
  zoomKey: 'ctrlKey',
  groupOrder: 'order',
  verticalScroll: true,
  // vis's own sanitiser stays on as defence in depth; our content is an Element built from text
  xss: { disabled: false },
  tooltip: { followMouse: false, overflowMethod: 'cap' },
}

/**
 * The axis in the interface language: month and day names from utc-moment's locale, vis's own few
 * words (it has 'uk' built in) from its locale option. The locale is set on each moment, not globally.
 */
export function timelineLocaleOptions(locale: Locale): TimelineOptions {
  return { locale, moment: (date?: MomentInput) => utcMoment(date).utc().locale(locale) }
}
