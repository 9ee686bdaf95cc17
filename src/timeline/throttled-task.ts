/**
 * A task run at once (now), or at most every `intervalMs` in animation frames while requests keep
 * coming (soon): while the reader drags or zooms, the DataSet follows without redrawing every frame.
 */
export class ThrottledTask {
  private frame = 0
  private timer = 0
  private last = 0

  constructor(
    private readonly task: () => void,
    private readonly intervalMs: number,
  ) {}

  now(): void {
    this.cancel()
    this.last = performance.now()
    this.task()
  }

  soon(): void {
    if (this.frame !== 0 || this.timer !== 0) return
    const wait = this.last + this.intervalMs - performance.now()
    if (wait <= 0) this.frame = requestAnimationFrame(() => this.now())
    else this.timer = window.setTimeout(() => (this.frame = requestAnimationFrame(() => this.now())), wait)
  }

  cancel(): void {
    cancelAnimationFrame(this.frame)
    window.clearTimeout(this.timer)
    this.frame = 0
    this.timer = 0
  }
}
