import type { CheckedDataset } from '../dataset/dataset-types'
import { useMessages } from '../i18n/i18n-context'
import { clipText } from '../ui/clip-text'

// paths and messages can quote data (an unknown key, a bad value): each is clipped to keep its line readable
/** Says plainly how many records did not load and why; nothing disappears silently. Stays for the whole visit. */
export function SetAsideBanner({ checked }: { readonly checked: CheckedDataset }) {
  const { setAside, droppedRelations } = checked
  const words = useMessages().setAside
  if (setAside.length === 0 && droppedRelations.length === 0) return null
  const count = setAside.length
  const summary = [
    count > 0 ? words.records(count) : null,
    droppedRelations.length > 0 ? words.relations(droppedRelations.length) : null,
  ]
    .filter((part) => part !== null)
    .join(', ')
  return (
    <section className="set-aside-banner" aria-label={words.region}>
      <details>
        <summary>
          <strong>{summary}</strong>
          {words.restLoaded}
        </summary>
        {count > 0 && (
          <ol className="set-aside-list" aria-label={words.recordList}>
            {setAside.map((record) => (
              <li key={`${record.list}[${record.index}]`}>
                <code>
                  {record.list}[{record.index}]
                </code>
                {record.id !== null && (
                  <>
                    {' '}
                    (“<span dir="auto">{clipText(record.id, 120)}</span>”)
                  </>
                )}
                <ul>
                  {record.issues.map((issue, position) => (
                    <li key={position}>
                      <code dir="auto">{clipText(issue.path, 300)}</code>:{' '}
                      <span dir="auto">{clipText(issue.message, 1000)}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
        {droppedRelations.length > 0 && (
          <ul className="dropped-relations" aria-label={words.relationList}>
            {droppedRelations.map((issue) => (
              <li key={issue.path}>
                <code>{issue.path}</code>: <span dir="auto">{clipText(issue.message, 1000)}</span>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  )
}
