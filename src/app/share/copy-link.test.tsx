import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CopyLink } from './copy-link'

const URL_TO_SHARE = 'https://example.org/timeline/?actors=lavrov&q=summit'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('copying a link', () => {
  it('copies the link and says so in a status message', async () => {
    const user = userEvent.setup()
    render(<CopyLink url={URL_TO_SHARE} label="Copy link to this view" />)
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied.')
    await expect(navigator.clipboard.readText()).resolves.toBe(URL_TO_SHARE)
  })

  it('shows the link selected in a read-only field when the clipboard refuses', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    )
    render(<CopyLink url={URL_TO_SHARE} label="Copy link to this event" />)
    await user.click(screen.getByRole('button', { name: 'Copy link to this event' }))
    const field = await screen.findByRole('textbox', { name: 'Copy this link' })
    expect(field).toHaveValue(URL_TO_SHARE)
    expect(field).toHaveAttribute('readonly')
    expect(field).toHaveFocus()
    expect(field).toHaveProperty('selectionStart', 0)
    expect(field).toHaveProperty('selectionEnd', URL_TO_SHARE.length)
    expect(screen.getByRole('status')).toHaveTextContent(/Copying is not available here/)
  })

  it('drops the confirmation when the link changes', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<CopyLink url={URL_TO_SHARE} label="Copy link to this view" />)
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }))
    expect(await screen.findByText('Link copied.')).toBeVisible()
    rerender(<CopyLink url={`${URL_TO_SHARE}&kinds=claim`} label="Copy link to this view" />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })
})
