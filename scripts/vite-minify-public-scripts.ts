import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { minify, type Plugin } from 'vite'

/**
 * Minifies scripts that public/ serves as they are (the build copies them unchanged), once they are
 * in the output folder: their comments explain them in the source, the reader's download need not
 * carry them. The build fails on a script that does not minify, or one that is missing.
 */
export function minifyPublicScripts(names: readonly string[]): Plugin {
  return {
    name: 'minify-public-scripts',
    apply: 'build',
    async writeBundle(options) {
      const folder = options.dir
      if (folder === undefined) throw new Error('minify-public-scripts: the build has no output folder')
      for (const name of names) {
        const path = join(folder, name)
        const result = await minify(name, readFileSync(path, 'utf8'), { compress: true, mangle: true })
        if (result.errors.length > 0)
          throw new Error(`minify-public-scripts: ${name}: ${result.errors.map((error) => error.message).join('; ')}`)
        writeFileSync(path, result.code)
      }
    },
  }
}
