// @vitest-environment node
import type { IndexHtmlTransformContext, Plugin } from 'vite'
import { describe, expect, it } from 'vitest'
import { preloadLazyChunks } from './vite-preload-lazy-chunks'

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>

function tagsFor(plugin: Plugin, bundle: Bundle) {
  const hook = plugin.transformIndexHtml
  if (typeof hook !== 'object' || hook === null || !('handler' in hook)) throw new Error('no handler')
  const context = { path: '/index.html', filename: 'index.html', bundle } as IndexHtmlTransformContext
  return Reflect.apply(hook.handler, null, ['<html></html>', context])
}

const chunk = (fileName: string, facadeModuleId: string, isDynamicEntry: boolean, css: string[] = []) => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  isDynamicEntry,
  viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
})

describe('preloadLazyChunks', () => {
  it('preloads the named lazy chunk and its CSS from the head', () => {
    const bundle = {
      'assets/index-a.js': chunk('assets/index-a.js', '/root/src/main.tsx', false),
      'assets/timeline-view-b.js': chunk('assets/timeline-view-b.js', '/root/src/timeline/timeline-view.tsx', true, [
        'assets/timeline-view-c.css',
      ]),
    } as unknown as Bundle
    expect(tagsFor(preloadLazyChunks(['src/timeline/timeline-view.tsx']), bundle)).toEqual([
      {
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: './assets/timeline-view-b.js' },
        injectTo: 'head',
      },
      {
        tag: 'link',
        attrs: {
          rel: 'preload',
          as: 'style',
          crossorigin: true,
          fetchpriority: 'low',
          href: './assets/timeline-view-c.css',
        },
        injectTo: 'head',
      },
    ])
  })

  it('fails the build when the module is no lazy chunk (renamed, or imported statically)', () => {
    const bundle = {
      'assets/index-a.js': chunk('assets/index-a.js', '/root/src/timeline/timeline-view.tsx', false),
    } as unknown as Bundle
    expect(() => tagsFor(preloadLazyChunks(['src/timeline/timeline-view.tsx']), bundle)).toThrow(/not a lazy chunk/)
  })
})
