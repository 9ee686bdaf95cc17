// Lint: typescript-eslint, React hooks, TanStack Query, Testing Library, and the folder boundaries
// of ../shared/CONVENTIONS.md (dataset/ and url-state/ are leaves; a feature imports no other feature).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'

const FEATURES = ['timeline', 'filters', 'event-list', 'details', 'stances', 'export']
const SRC_FOLDERS = ['app', 'dataset', 'url-state', 'i18n', 'ui', ...FEATURES]

/** Relative-import patterns that reach the named src folders, from a file one level below src/. */
const reach = (folders) => folders.flatMap((folder) => [`../${folder}/*`, `../${folder}`])

/** One boundary rule: files in `folder` may not import from `banned`. */
function boundary(folder, banned, why) {
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: reach(banned), message: why }] }],
    },
  }
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench-results/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['src/**/*.test.tsx'],
    rules: {
      // hostile-input tests must assert that no <img>, <script> or attribute came from data: those
      // have no role to query by, so these tests read the DOM directly, on purpose
      'testing-library/no-node-access': 'off',
      'testing-library/no-container': 'off',
      // naming the render result after what it shows ("panel") reads better than "view"
      'testing-library/render-result-naming-convention': 'off',
    },
  },
  boundary(
    'dataset',
    SRC_FOLDERS.filter((f) => f !== 'dataset'),
    'dataset/ is a leaf: it returns problems as data and imports no other src folder.',
  ),
  boundary(
    'url-state',
    SRC_FOLDERS.filter((f) => f !== 'url-state'),
    'url-state/ is a leaf: it imports no other src folder.',
  ),
  boundary(
    'i18n',
    SRC_FOLDERS.filter((f) => f !== 'i18n' && f !== 'dataset'),
    'i18n/ imports dataset types only.',
  ),
  boundary('ui', ['app', ...FEATURES], 'ui/ holds shared pieces: it imports no feature and not app/.'),
  ...FEATURES.map((feature) =>
    boundary(
      feature,
      ['app', ...FEATURES.filter((f) => f !== feature)],
      'A feature imports no other feature and not app/: wire them in app/.',
    ),
  ),
)
