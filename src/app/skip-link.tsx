import type { MouseEvent } from 'react'

/** The first Tab stop: jumps past the header, filters and timeline to the list of events (its heading has tabindex=-1). */
export function SkipLink({ targetId, label }: { readonly targetId: string; readonly label: string }) {
  const handleClick = (click: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId)
    if (target === null) return
    // not the browser's jump: that would add #list-heading to the address the reader shares
    click.preventDefault()
    target.focus()
    target.scrollIntoView({ block: 'start' })
  }
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={handleClick}>
      {label}
    </a>
  )
}
