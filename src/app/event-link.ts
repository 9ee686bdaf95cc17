import { EMPTY_VIEW, viewUrl } from '../url-state/view-state'

/**
 * The address to share for one event. For the bundled dataset it is the static preview page the
 * build writes (e/<id>/, with its own title and Open Graph tags), which forwards to the app;
 * for a dataset from ?data= it is the app's own deep link.
 */
export function eventShareUrl(eventId: string, data: string | null, pageUrl: string, hasPreviewPages: boolean): string {
  if (data === null && hasPreviewPages) {
    const page = new URL(pageUrl)
    const base = page.pathname.endsWith('/') ? page.pathname : page.pathname.replace(/[^/]*$/, '')
    return `${page.origin}${base}e/${encodeURIComponent(eventId)}/`
  }
  return viewUrl({ ...EMPTY_VIEW, data, event: eventId }, pageUrl)
}
