import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../app/error-boundary'
import { lazyPart, type LazyPart } from './lazy-part'

interface PartModule {
  readonly Part: () => React.JSX.Element
}
const partModule: PartModule = { Part: () => <p>The part itself</p> }

/** A download that the test answers when it wants to. */
function controlledImport() {
  const answers: { resolve: (module: PartModule) => void; reject: (error: Error) => void }[] = []
  const importModule = vi.fn(
    () =>
      new Promise<PartModule>((resolve, reject) => {
        answers.push({ resolve, reject })
      }),
  )
  return { importModule, answers }
}

function Shown({ part }: { readonly part: LazyPart<PartModule> }) {
  const module = part.useModule()
  return module === null ? <p>Loading the part…</p> : <module.Part />
}

describe('a part of the page whose code is fetched when first shown', () => {
  it('shows its placeholder until the code arrives, then the part, fetching the code once', async () => {
    const { importModule, answers } = controlledImport()
    const part = lazyPart(importModule)
    expect(importModule).not.toHaveBeenCalled()
    render(<Shown part={part} />)
    expect(screen.getByText('Loading the part…')).toBeInTheDocument()
    void part.load() // a hover while it downloads asks for nothing more
    expect(importModule).toHaveBeenCalledTimes(1)
    answers[0]?.resolve(partModule)
    expect(await screen.findByText('The part itself')).toBeInTheDocument()
    expect(screen.queryByText('Loading the part…')).not.toBeInTheDocument()
  })

  it('starts the download when asked ahead (a hover), before the part is shown', async () => {
    const { importModule, answers } = controlledImport()
    const part = lazyPart(importModule)
    const arrived = part.load()
    expect(importModule).toHaveBeenCalledTimes(1)
    answers[0]?.resolve(partModule)
    await expect(arrived).resolves.toBe(partModule)
    render(<Shown part={part} />)
    expect(screen.getByText('The part itself')).toBeInTheDocument()
    expect(importModule).toHaveBeenCalledTimes(1)
  })

  it('says that the part failed when its code cannot be downloaded, and fetches it again on "try again"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined) // React logs the caught error
    const { importModule, answers } = controlledImport()
    const part = lazyPart(importModule)
    render(
      <ErrorBoundary part="stance matrix">
        <Shown part={part} />
      </ErrorBoundary>,
    )
    answers[0]?.reject(new Error('Failed to fetch dynamically imported module'))
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch dynamically imported module')

    await userEvent.click(screen.getByRole('button', { name: /try/i }))
    expect(await screen.findByText('Loading the part…')).toBeInTheDocument()
    expect(importModule).toHaveBeenCalledTimes(2)
    answers[1]?.resolve(partModule)
    expect(await screen.findByText('The part itself')).toBeInTheDocument()
  })
})
