/** A small typed event emitter: on() returns its own unsubscribe; clear() drops every listener. */
export class Emitter<Events extends { [name: string]: (...args: never[]) => void }> {
  private readonly listeners = new Map<keyof Events, Set<Events[keyof Events]>>()

  on<K extends keyof Events>(name: K, listener: Events[K]): () => void {
    let set = this.listeners.get(name)
    if (set === undefined) {
      set = new Set()
      this.listeners.set(name, set)
    }
    set.add(listener)
    return () => {
      set.delete(listener)
    }
  }

  emit<K extends keyof Events>(name: K, ...args: Parameters<Events[K]>): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as (...a: Parameters<Events[K]>) => void)(...args)
  }

  clear(): void {
    this.listeners.clear()
  }
}
