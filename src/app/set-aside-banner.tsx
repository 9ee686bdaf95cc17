import type { CheckedDataset } from '../dataset/dataset-types'

/** Says plainly how many records did not load and why; nothing disappears silently. */
export function SetAsideBanner({ checked }: { readonly checked: CheckedDataset }) {
  const { setAside, droppedRelations } = checked
  if (setAside.length === 0 && droppedRelations.length === 0) return null
  const count = setAside.length
  const summary = [
    count > 0 ? `${count} ${count === 1 ? 'record' : 'records'} set aside` : null,
    droppedRelations.length > 0 ? `${droppedRelations.length} related ${droppedRelations.length === 1 ? 'link' : 'links'} dropped` : null,
  ]
    .filter((part) => part !== null)
    .join(', ')
  return (
    <section className="set-aside-banner" aria-label="Records that did not load">
      <details>
        <summary>
          <strong>{summary}</strong> — the rest of the dataset loaded. Show why
        </summary>
        {count > 0 && (
          <ol className="set-aside-list">
            {setAside.map((record) => (
              <li key={`${record.list}[${record.index}]`}>
                <code>
                  {record.list}[{record.index}]
                </code>
                {record.id !== null && <> (“{record.id}”)</>}
                <ul>
                  {record.issues.map((issue, position) => (
                    <li key={position}>
                      <code>{issue.path}</code>: {issue.message}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
        {droppedRelations.length > 0 && (
          <ul className="dropped-relations">
            {droppedRelations.map((issue) => (
              <li key={issue.path}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  )
}
