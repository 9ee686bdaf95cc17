/**
 * True for a plain left click on an in-app link, which the app handles itself; a modified or
 * middle click is left to the browser, so "open in new tab" keeps working on every deep link.
 */
export function isPlainLeftClick(click: {
  readonly button: number
  readonly metaKey: boolean
  readonly ctrlKey: boolean
  readonly shiftKey: boolean
  readonly altKey: boolean
}): boolean {
  return click.button === 0 && !click.metaKey && !click.ctrlKey && !click.shiftKey && !click.altKey
}
