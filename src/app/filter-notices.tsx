import { describeUnknownIds, type UnknownFilterIds } from '../filters/filter-vocabulary'
import { useMessages } from '../i18n/i18n-context'
import type { ViewStateProblem } from '../url-state/view-state'

export interface FilterNoticesProps {
  readonly unknown: readonly UnknownFilterIds[]
  readonly urlProblems: readonly ViewStateProblem[]
  readonly onRemove: () => void
}

/** Names what the link asks for that this dataset or the app cannot use, instead of dropping it silently. */
export function FilterNotices({ unknown, urlProblems, onRemove }: FilterNoticesProps) {
  const messages = useMessages()
  if (unknown.length === 0 && urlProblems.length === 0) return null
  const count = unknown.reduce((sum, entry) => sum + entry.ids.length, 0)
  return (
    <div className="notice filter-notice" role="status">
      {unknown.length > 0 && <p>{messages.notices.unknownFilters(describeUnknownIds(unknown, messages), count)}</p>}
      {urlProblems.map((problem) => (
        <p key={problem.param}>{messages.notices.urlProblem(problem)}</p>
      ))}
      <button type="button" onClick={onRemove}>
        {messages.notices.removeFromLink(count + urlProblems.length)}
      </button>
    </div>
  )
}
