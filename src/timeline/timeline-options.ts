import moment from 'moment'
import type { TimelineOptions } from 'vis-timeline/peer'

const HOUR = 60 * 60 * 1000
const YEAR = 365 * 24 * HOUR

export const TIMELINE_OPTIONS: TimelineOptions = {
  // dates are calendar days as written in the source, kept in UTC so they never shift by time zone
  moment: (date: moment.MomentInput) => moment(date).utc(),
  selectable: true,
  multiselect: false,
  stack: true,
  showCurrentTime: false,
  zoomable: true,
  moveable: true,
  zoomMin: HOUR,
  zoomMax: 30 * YEAR,
  orientation: { axis: 'top', item: 'top' },
  margin: { item: { horizontal: 4, vertical: 6 } },
  groupOrder: 'order',
  verticalScroll: true,
  maxHeight: 420,
  // vis's own sanitiser stays on as defence in depth; our content is an Element built from text
  xss: { disabled: false },
  tooltip: { followMouse: false, overflowMethod: 'cap' },
}
