// Placeholder until the hand-written checks land: every record goes to the zod check.
export const isValidActor = (_raw: unknown): boolean => false
export const isValidOutlet = (_raw: unknown): boolean => false
export const isValidFormat = (_raw: unknown): boolean => false
export const isValidEvent = (_raw: unknown): boolean => false
