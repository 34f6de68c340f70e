// Portal weight: what the first page downloads (index.html's scripts and styles, the static
// imports of those scripts, and the lazy chunks the first page needs at once), gzipped at level 9
// as a static server would send it, against the design's targets.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { LighthouseResult } from './lighthouse-report.ts'

export const TARGETS = { jsGzip: 100 * 1024, cssGzip: 60 * 1024 }

export interface AssetSize {
  file: string
  bytes: number
  gzip: number
}

export interface PortalWeight {
  dir: string
  firstPage: { js: AssetSize[]; css: AssetSize[]; jsGzip: number; cssGzip: number }
  targets: typeof TARGETS
  all: { files: number; bytes: number; gzip: number }
  notes: string[]
  /** What a direct link to each page loads (set by the bench's portal part). */
  pages?: PageWeight[]
  /** Lighthouse per page, language and preset (set when the bench runs it). */
  lighthouse?: LighthouseResult[]
}

export interface HtmlReferences {
  scripts: string[]
  styles: string[]
  modulePreloads: string[]
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>()
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs.set((m[1] as string).toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '')
  }
  return attrs
}

/** The scripts, stylesheets and module preloads index.html names. */
export function htmlReferences(html: string): HtmlReferences {
  const refs: HtmlReferences = { scripts: [], styles: [], modulePreloads: [] }
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attrs = attributes(m[2] ?? '')
    if ((m[1] as string).toLowerCase() === 'script') {
      const src = attrs.get('src')
      if (src) refs.scripts.push(src)
      continue
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/)
    const href = attrs.get('href')
    if (!href) continue
    if (rel.includes('stylesheet')) refs.styles.push(href)
    else if (rel.includes('modulepreload')) refs.modulePreloads.push(href)
  }
  return refs
}

/** Specifiers of static `import … from "x"`, `import "x"` and `export … from "x"` in built JS. */
export function staticImports(js: string): string[] {
  const found: string[] = []
  for (const m of js.matchAll(
    /(?<![\w$.])(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?(["'`])([^"'`\n]+)\1/g,
  )) {
    found.push(m[2] as string)
  }
  return found
}

/** Specifiers of `import("x")` with a literal string. */
export function dynamicImports(js: string): string[] {
  return [...js.matchAll(/(?<![\w$.])import\(\s*(["'`])([^"'`\n$]+)\1\s*\)/g)].map(
    (m) => m[2] as string,
  )
}

/**
 * Files Vite preloads with a dynamic import (its `__vite__mapDeps` list), keyed by the imported
 * specifier: the chunk's own CSS and shared chunks come along with it.
 */
export function vitePreloadDeps(js: string): Map<string, string[]> {
  const deps = new Map<string, string[]>()
  const list = /__vite__mapDeps\s*=[^[]*\[([^\]]*)\]/.exec(js)
  if (!list) return deps
  const files = [...(list[1] ?? '').matchAll(/(["'])([^"']+)\1/g)].map((m) => m[2] as string)
  for (const m of js.matchAll(
    /import\(\s*(["'`])([^"'`]+)\1\s*\)\s*,\s*__vite__mapDeps\(\s*\[([\d,\s]*)\]\s*\)/g,
  )) {
    const indices = (m[3] ?? '')
      .split(',')
      .filter((s) => s.trim() !== '')
      .map(Number)
    deps.set(
      m[2] as string,
      indices.map((i) => files[i]).filter((f): f is string => !!f),
    )
  }
  return deps
}

function gz(buffer: Buffer): number {
  return gzipSync(buffer, { level: 9 }).length
}

/** Runs the portal build when `portal/dist/index.html` is missing. */
export function ensurePortalBuilt(root: string): void {
  if (fs.existsSync(path.join(root, 'portal/dist/index.html'))) return
  console.log('portal/dist/index.html is missing: building the portal…')
  execFileSync('npm', ['run', 'build', '-w', 'portal'], { cwd: root, stdio: 'inherit' })
}

/** A chunk of Vite's build manifest (`dist/.vite/manifest.json`). */
export interface ManifestChunk {
  file: string
  name?: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

const isLazyWanted = (chunkNames: string[], file: string) =>
  chunkNames.some((name) => path.basename(file).startsWith(`${name}-`))

/**
 * First-page files (relative to dist) by Vite's manifest: the HTML entry, its static imports and
 * CSS, and the dynamic entries named in `chunkNames` with theirs.
 */
export function manifestFirstPage(
  manifest: Record<string, ManifestChunk>,
  chunkNames: string[],
): string[] {
  const files = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (seen.has(key) || !chunk) return
    seen.add(key)
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const k of chunk.imports ?? []) visit(k)
    for (const k of chunk.dynamicImports ?? []) {
      const target = manifest[k]
      if (
        target &&
        (chunkNames.includes(target.name ?? '') || isLazyWanted(chunkNames, target.file))
      )
        visit(k)
    }
  }
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry && (chunk.src ?? key).endsWith('.html')) visit(key)
  }
  return [...files]
}

/**
 * First-page files (absolute) by reading the build: index.html's scripts, preloads and styles,
 * static imports of every script, and the dynamic imports whose file is `<name>-…` for a name of
 * `chunkNames`, with what Vite preloads beside them.
 */
export function parsedFirstPage(distDir: string, chunkNames: string[], notes: string[]): string[] {
  const indexFile = path.join(distDir, 'index.html')
  const refs = htmlReferences(fs.readFileSync(indexFile, 'utf8'))
  const loaded = new Set<string>()

  /** Maps a URL in `fromFile` to a file of dist, or undefined for external/missing. */
  const resolve = (url: string, fromFile: string): string | undefined => {
    if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) {
      notes.push(`external resource not counted: ${url}`)
      return undefined
    }
    const clean = url.split(/[?#]/)[0] as string
    const file = clean.startsWith('/')
      ? path.join(distDir, clean)
      : path.resolve(path.dirname(fromFile), clean)
    if (!fs.existsSync(file)) {
      notes.push(`referenced but missing: ${url}`)
      return undefined
    }
    return file
  }

  const visit = (file: string | undefined) => {
    if (!file || loaded.has(file)) return
    loaded.add(file)
    if (!file.endsWith('.js')) return
    const js = fs.readFileSync(file, 'utf8')
    for (const spec of staticImports(js)) visit(resolve(spec, file))
    const preloads = vitePreloadDeps(js)
    for (const spec of dynamicImports(js)) {
      const target = resolve(spec, file)
      if (!target || !isLazyWanted(chunkNames, target)) continue
      visit(target)
      // mapDeps paths are relative to the site root (Vite's default `base`).
      for (const dep of preloads.get(spec) ?? []) visit(resolve(`/${dep}`, indexFile))
    }
  }
  for (const url of [...refs.scripts, ...refs.modulePreloads, ...refs.styles]) {
    visit(resolve(url, indexFile))
  }
  return [...loaded]
}

/** Files a browser may download: not precompressed twins, source maps or the build manifest. */
const servedAsset = (relative: string) =>
  !/\.(gz|br|zst|map)$/.test(relative) && !relative.split(path.sep).includes('.vite')

/**
 * Measures `distDir`. `firstPageChunks` name the lazy chunks the first page loads at once (the
 * landing page and its language's strings). Uses Vite's manifest when the build wrote one and
 * checks it against reading the files; reads the files alone otherwise.
 */
export function measurePortalWeight(distDir: string, firstPageChunks: string[]): PortalWeight {
  const notes: string[] = []
  const parsed = parsedFirstPage(distDir, firstPageChunks, notes).map((f) =>
    path.relative(distDir, f),
  )
  let first = parsed
  const manifestFile = path.join(distDir, '.vite/manifest.json')
  if (fs.existsSync(manifestFile)) {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<
      string,
      ManifestChunk
    >
    first = manifestFirstPage(manifest, firstPageChunks).map((f) => path.normalize(f))
    const onlyParsed = parsed.filter((f) => !first.includes(f))
    const onlyManifest = first.filter((f) => !parsed.includes(f))
    if (onlyParsed.length || onlyManifest.length) {
      notes.push(
        `manifest and parsed files differ (manifest used): only parsed [${onlyParsed}], ` +
          `only manifest [${onlyManifest}]`,
      )
    }
  } else {
    notes.push('no .vite/manifest.json: first page found by reading index.html and the chunks')
  }

  const size = (relative: string): AssetSize => {
    const buffer = fs.readFileSync(path.join(distDir, relative))
    return { file: relative, bytes: buffer.length, gzip: gz(buffer) }
  }
  const sizes = first.map(size)
  const js = sizes.filter((a) => a.file.endsWith('.js'))
  const css = sizes.filter((a) => a.file.endsWith('.css'))
  for (const name of firstPageChunks) {
    if (!js.some((a) => path.basename(a.file).startsWith(`${name}-`))) {
      notes.push(`no lazy chunk "${name}-*.js" found: the first page may be undercounted`)
    }
  }

  const assets = fs
    .readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(distDir, path.join(e.parentPath, e.name)))
    .filter(servedAsset)
    .map(size)
  return {
    dir: distDir,
    firstPage: {
      js,
      css,
      jsGzip: js.reduce((s, a) => s + a.gzip, 0),
      cssGzip: css.reduce((s, a) => s + a.gzip, 0),
    },
    targets: TARGETS,
    all: {
      files: assets.length,
      bytes: assets.reduce((s, a) => s + a.bytes, 0),
      gzip: assets.reduce((s, a) => s + a.gzip, 0),
    },
    notes,
  }
}

/**
 * Every route of the portal (portal/src/App.tsx) with the lazy chunks a direct link to it loads
 * at once, besides the entry: the page's own chunk and its strings (`{lang}` is replaced by the
 * language code).
 */
export const PORTAL_PAGES: readonly { path: string; chunks: readonly string[] }[] = [
  { path: '/', chunks: ['Home', '{lang}'] },
  { path: '/regcenter', chunks: ['RegistrationCentres', '{lang}', 'centres.{lang}'] },
  { path: '/document', chunks: ['SupportingDocuments', '{lang}'] },
  { path: '/getuin', chunks: ['GetMyUin', '{lang}', 'services.{lang}'] },
  { path: '/verify', chunks: ['VerifyContact', '{lang}', 'services.{lang}'] },
  {
    path: '/uinservices/trackservicerequest',
    chunks: ['TrackRequest', '{lang}', 'services.{lang}'],
  },
  { path: '/dev/mailbox', chunks: ['DevMailbox', '{lang}', 'services.{lang}'] },
]

export interface PageWeight {
  path: string
  lang: string
  jsGzip: number
  cssGzip: number
  js: AssetSize[]
}

/** The JS and CSS (gzip -9) a direct link to each page loads, by Vite's manifest. */
export function measurePageWeights(
  distDir: string,
  pages: typeof PORTAL_PAGES,
  lang: string,
): PageWeight[] {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>
  return pages.map((page) => {
    const chunks = page.chunks.map((c) => c.replaceAll('{lang}', lang))
    const sizes = manifestFirstPage(manifest, chunks).map((file) => {
      const buffer = fs.readFileSync(path.join(distDir, file))
      return { file, bytes: buffer.length, gzip: gz(buffer) }
    })
    const js = sizes.filter((a) => a.file.endsWith('.js'))
    return {
      path: page.path,
      lang,
      js,
      jsGzip: js.reduce((s, a) => s + a.gzip, 0),
      cssGzip: sizes.filter((a) => a.file.endsWith('.css')).reduce((s, a) => s + a.gzip, 0),
    }
  })
}
