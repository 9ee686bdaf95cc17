// jsdom ships no types and @types/jsdom is not a dependency: the little scripts/prerender.ts uses
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { readonly url?: string; readonly pretendToBeVisual?: boolean })
    readonly window: Window & typeof globalThis
  }
}
