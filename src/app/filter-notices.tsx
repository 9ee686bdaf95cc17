import { describeUnknownIds, type UnknownFilterIds } from '../filters/filter-vocabulary'
import type { ViewStateProblem } from '../url-state/view-state'

export interface FilterNoticesProps {
  readonly unknown: readonly UnknownFilterIds[]
  readonly urlProblems: readonly ViewStateProblem[]
  readonly onRemove: () => void
}

/** Names what the link asks for that this dataset or the app cannot use, instead of dropping it silently. */
export function FilterNotices({ unknown, urlProblems, onRemove }: FilterNoticesProps) {
  if (unknown.length === 0 && urlProblems.length === 0) return null
  const count = unknown.reduce((sum, entry) => sum + entry.ids.length, 0)
  return (
    <div className="notice filter-notice" role="status">
      {unknown.length > 0 && (
        <p>
          This link filters by {describeUnknownIds(unknown)}, which this dataset does not have; {count === 1 ? 'that filter is' : 'those filters are'} ignored.
        </p>
      )}
      {urlProblems.map((problem) => (
        <p key={problem.param}>
          The link’s “{problem.param}” value is ignored: {problem.message}.
        </p>
      ))}
      <button type="button" onClick={onRemove}>
        Remove {count + urlProblems.length === 1 ? 'it' : 'them'} from the link
      </button>
    </div>
  )
}
