import { build } from 'vite'

/** The production build into `outDir`, as `npm run build` makes it (the bench serves its own copy). */
export async function buildApp(root: string, outDir: string): Promise<void> {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
}
