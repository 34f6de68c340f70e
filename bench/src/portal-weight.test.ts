import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  dynamicImports,
  htmlReferences,
  measurePageWeights,
  measurePortalWeight,
  staticImports,
  vitePreloadDeps,
} from './portal-weight.ts'

describe('htmlReferences', () => {
  it('finds module scripts, stylesheets and module preloads', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="/assets/index-123.css">
      <link rel="icon" href="/favicon.svg">
      <script>/* inline */</script>
    </head></html>`
    expect(htmlReferences(html)).toEqual({
      scripts: ['/assets/index-abc.js'],
      styles: ['/assets/index-123.css'],
      modulePreloads: ['/assets/vendor-def.js'],
    })
  })
})

describe('imports in built JS', () => {
  const js =
    'import{j as e,r as t}from"./vendor-def.js";import"./side-1.js";export{a as b}from"./re-2.js";' +
    'const x="import(\\"nope\\")";const H=t.lazy(()=>u(()=>import("./Home-9.js"),__vite__mapDeps([0,1])));' +
    'const R=t.lazy(()=>u(()=>import("./Regcenter-8.js"),__vite__mapDeps([2])));' +
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Home-9.js","assets/Home-9.css","assets/Regcenter-8.js"])))=>i.map(i=>d[i]);'

  it('finds static imports and re-exports, not dynamic ones', () => {
    expect(staticImports(js)).toEqual(['./vendor-def.js', './side-1.js', './re-2.js'])
  })

  it('finds dynamic imports', () => {
    expect(dynamicImports(js)).toEqual(['./Home-9.js', './Regcenter-8.js'])
  })

  it("maps each dynamic import to Vite's preloaded files", () => {
    const deps = vitePreloadDeps(js)
    expect(deps.get('./Home-9.js')).toEqual(['assets/Home-9.js', 'assets/Home-9.css'])
    expect(deps.get('./Regcenter-8.js')).toEqual(['assets/Regcenter-8.js'])
  })
})

describe('measurePortalWeight', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-weight-'))
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }))
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true })
    fs.writeFileSync(path.join(dist, file), text)
  }
  write(
    'index.html',
    '<script type="module" src="/assets/index-1.js"></script><link rel="stylesheet" href="/assets/index-1.css">',
  )
  write(
    'assets/index-1.js',
    'import"./vendor-2.js";const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/Home-3.js","assets/Home-3.css"])))=>i.map(i=>d[i]);' +
      'p(()=>import(`./Home-3.js`),__vite__mapDeps([0,1]));p(()=>import("./Other-4.js"));import("./eng-5.js")',
  )
  write('assets/vendor-2.js', 'export const v=1')
  write('assets/Home-3.js', 'import"./vendor-2.js";export default 1')
  write('assets/Home-3.css', 'main{color:red}')
  write('assets/Other-4.js', 'export default 2')
  write('assets/eng-5.js', 'export default {}')
  write('assets/index-1.css', 'body{margin:0}')
  write('assets/index-1.js.gz', 'not counted')
  write('assets/index-1.js.map', '{}')
  const firstJs = ['assets/Home-3.js', 'assets/eng-5.js', 'assets/index-1.js', 'assets/vendor-2.js']
  const firstCss = ['assets/Home-3.css', 'assets/index-1.css']

  it('reads index.html and the chunks: entry, static imports, named lazy chunks and their CSS', () => {
    const weight = measurePortalWeight(dist, ['Home', 'eng'])
    expect(weight.firstPage.js.map((a) => a.file).sort()).toEqual(firstJs)
    expect(weight.firstPage.css.map((a) => a.file).sort()).toEqual(firstCss)
    expect(weight.all.files).toBe(8)
    expect(weight.firstPage.jsGzip).toBe(weight.firstPage.js.reduce((s, a) => s + a.gzip, 0))
    expect(weight.notes).toEqual([
      'no .vite/manifest.json: first page found by reading index.html and the chunks',
    ])
  })

  it("uses Vite's manifest when there is one, agreeing with the files", () => {
    write(
      '.vite/manifest.json',
      JSON.stringify({
        'index.html': {
          file: 'assets/index-1.js',
          src: 'index.html',
          isEntry: true,
          imports: ['_vendor-2.js'],
          dynamicImports: ['src/Home.tsx', 'src/Other.tsx', 'src/eng.json'],
          css: ['assets/index-1.css'],
        },
        '_vendor-2.js': { file: 'assets/vendor-2.js', name: 'vendor' },
        'src/Home.tsx': {
          file: 'assets/Home-3.js',
          name: 'Home',
          isDynamicEntry: true,
          imports: ['_vendor-2.js'],
          css: ['assets/Home-3.css'],
        },
        'src/Other.tsx': { file: 'assets/Other-4.js', name: 'Other', isDynamicEntry: true },
        'src/eng.json': { file: 'assets/eng-5.js', name: 'eng', isDynamicEntry: true },
      }),
    )
    const weight = measurePortalWeight(dist, ['Home', 'eng'])
    expect(weight.firstPage.js.map((a) => a.file).sort()).toEqual(firstJs)
    expect(weight.firstPage.css.map((a) => a.file).sort()).toEqual(firstCss)
    expect(weight.all.files).toBe(8)
    expect(weight.notes).toEqual([])
  })

  it('weighs a direct link to each page: the entry, that page and its strings only', () => {
    const pages = [
      { path: '/', chunks: ['Home', '{lang}'] },
      { path: '/other', chunks: ['Other', '{lang}'] },
    ]
    const [home, other] = measurePageWeights(dist, pages, 'eng')
    expect(home?.js.map((a) => a.file).sort()).toEqual(firstJs)
    expect(home?.cssGzip).toBeGreaterThan(0)
    expect(other?.js.map((a) => a.file).sort()).toEqual([
      'assets/Other-4.js',
      'assets/eng-5.js',
      'assets/index-1.js',
      'assets/vendor-2.js',
    ])
    expect(other?.jsGzip).toBe(other?.js.reduce((s, a) => s + a.gzip, 0))
  })
})
