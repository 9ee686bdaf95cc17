import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * Fetches the named lazy modules' chunks (and their CSS) from the page's <head>, alongside the entry
 * script, rather than once the entry has run and asked for them. For a part that is lazy so that it
 * is parsed apart from the entry (the timeline, whose vis-timeline is most of the JavaScript), yet
 * always on the first screen. At low priority: on a slow line the entry, its CSS and the dataset come
 * first (at high priority the chunk held back the first paint: Lighthouse mobile 92 → 85–87). `modules` are paths from the project's root, e.g. 'src/timeline/x.tsx'.
 * The build fails if one of them is not a chunk of its own, so that a rename cannot drop it silently.
 */
export function preloadLazyChunks(modules: readonly string[]): Plugin {
  return {
    name: 'preload-lazy-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle
        if (bundle === undefined) return []
        const base = './'
        const tags: HtmlTagDescriptor[] = []
        for (const module of modules) {
          const chunk = Object.values(bundle).find(
            (output) => output.type === 'chunk' && output.isDynamicEntry && output.facadeModuleId?.endsWith(module),
          )
          if (chunk === undefined || chunk.type !== 'chunk')
            throw new Error(`preload-lazy-chunks: ${module} is not a lazy chunk of this build`)
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: `${base}${chunk.fileName}` },
            injectTo: 'head',
          })
          for (const css of chunk.viteMetadata?.importedCss ?? [])
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', as: 'style', crossorigin: true, fetchpriority: 'low', href: `${base}${css}` },
              injectTo: 'head',
            })
        }
        return tags
      },
    },
  }
}
