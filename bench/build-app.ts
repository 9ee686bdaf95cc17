import { build } from 'vite'
import { prerender } from '../scripts/prerender'

/** The production build into `outDir`, as `npm run build` makes it (the bench serves its own copy). */
export async function buildApp(root: string, outDir: string): Promise<void> {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  await prerender(outDir)
}
