/**
 * A value worked out once per list (by identity): for the passes over every event that several
 * parts ask of the same 100,000 events. Lists are never changed in place here, so a list's value
 * holds as long as the list does (a WeakMap: it goes with the list).
 */
export interface PerList<L extends object, V> {
  /** the list's value, worked out now if it is not yet known */
  of(list: L): V
  /** the list's value if it has been worked out, else undefined (nothing is worked out) */
  known(list: L): V | undefined
}

export function memoPerList<L extends object, V>(compute: (list: L) => V): PerList<L, V> {
  const values = new WeakMap<L, { readonly value: V }>()
  return {
    of(list) {
      let entry = values.get(list)
      if (entry === undefined) {
        entry = { value: compute(list) }
        values.set(list, entry)
      }
      return entry.value
    },
    known: (list) => values.get(list)?.value,
  }
}
