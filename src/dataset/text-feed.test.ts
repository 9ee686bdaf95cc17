import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WorkerRequest } from './dataset-worker'
import { TextFeed } from './text-feed'

/** A stand-in for the checking worker: what it was sent, and whether it was stopped. */
class StandInWorker {
  static started: StandInWorker[] = []
  readonly received: WorkerRequest[] = []
  isTerminated = false
  constructor() {
    StandInWorker.started.push(this)
  }
  postMessage(message: WorkerRequest) {
    if (this.isTerminated) throw new Error('sent to a stopped worker')
    this.received.push(message)
  }
  private readonly onError: (() => void)[] = []
  terminate() {
    this.isTerminated = true
  }
  addEventListener(type: string, listener: () => void) {
    if (type === 'error') this.onError.push(listener)
  }
  /** its script failed, say */
  fail() {
    for (const listener of this.onError) listener()
  }
  /** the text the worker would check: its pieces joined */
  text() {
    return this.received.map((message) => (message.type === 'part' ? message.text : '')).join('')
  }
}

beforeEach(() => {
  StandInWorker.started = []
  vi.stubGlobal('Worker', StandInWorker)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('a text fed to its worker while it downloads', () => {
  it('reaches the worker whole and in order: the pieces before it started, then each as it comes', () => {
    const feed = new TextFeed()
    feed.add('{"events":')
    feed.add('[{"id":"a"}')
    expect(StandInWorker.started).toHaveLength(0)
    feed.startWorker()
    feed.startWorker() // once is enough
    feed.add(',{"id":"б"}]}')
    const worker = feed.take()
    expect(StandInWorker.started).toHaveLength(1)
    expect(worker).toBe(StandInWorker.started[0])
    expect(StandInWorker.started[0]?.text()).toBe('{"events":[{"id":"a"},{"id":"б"}]}')
    expect(StandInWorker.started[0]?.isTerminated).toBe(false)
  })

  it('starts no worker for a text the page checks, and gives none to take', () => {
    const feed = new TextFeed()
    feed.add('{"events":[]}')
    expect(feed.take()).toBeNull()
    expect(StandInWorker.started).toHaveLength(0)
  })

  it('stops its worker when the download fails or is not wanted, and sends it nothing more', () => {
    const feed = new TextFeed()
    feed.startWorker()
    feed.add('{"ev')
    feed.cancel()
    feed.add('ents":[]}')
    feed.startWorker()
    expect(StandInWorker.started).toHaveLength(1)
    expect(StandInWorker.started[0]?.isTerminated).toBe(true)
    expect(StandInWorker.started[0]?.text()).toBe('{"ev')
    expect(feed.take()).toBeNull()
  })

  it('gives no worker to take when it failed while the text came (the check then starts a new one)', () => {
    const feed = new TextFeed()
    feed.startWorker()
    feed.add('{"events":[]}')
    StandInWorker.started[0]?.fail()
    expect(feed.take()).toBeNull()
    expect(StandInWorker.started[0]?.isTerminated).toBe(true)
  })

  it('keeps nothing once the worker has been taken: a later cancel leaves it running', () => {
    const feed = new TextFeed()
    feed.startWorker()
    const worker = feed.take()
    feed.cancel()
    expect(worker).not.toBeNull()
    expect(StandInWorker.started[0]?.isTerminated).toBe(false)
  })
})
