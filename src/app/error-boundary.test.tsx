import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from './error-boundary'

let isBroken = true
function Timeline() {
  if (isBroken) throw new Error('vis-timeline could not measure its container')
  return <p>The timeline is back</p>
}

function Page({ resetKey }: { readonly resetKey?: string }) {
  return (
    <>
      <ErrorBoundary part="timeline" resetKey={resetKey}>
        <Timeline />
      </ErrorBoundary>
      <button type="button">An event in the list</button>
    </>
  )
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    isBroken = true
    // React reports every caught error to the console; that noise is expected here
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('says which part failed and why, and keeps the rest of the page', () => {
    render(<Page />)
    expect(screen.getByRole('alert')).toHaveTextContent('The timeline could not be shown')
    expect(screen.getByRole('alert')).toHaveTextContent('What failed: vis-timeline could not measure its container')
    expect(screen.getByRole('button', { name: 'An event in the list' })).toBeVisible()
  })

  it('tries the part again when asked', async () => {
    const user = userEvent.setup()
    render(<Page />)
    isBroken = false
    await user.click(screen.getByRole('button', { name: 'Try showing the timeline again' }))
    expect(screen.getByText('The timeline is back')).toBeVisible()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('tries again by itself when what it shows changes', () => {
    const { rerender } = render(<Page resetKey="first-event" />)
    expect(screen.getByRole('alert')).toBeVisible()
    isBroken = false
    rerender(<Page resetKey="second-event" />)
    expect(screen.getByText('The timeline is back')).toBeVisible()
  })
})
