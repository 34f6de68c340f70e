// PDF generation time for a 100-centre list in each language, in this process: the cost a
// resident waits for on "Download this list", without the network.
import { centreListPdf, directionOf, openPGlite, prepareDatabase } from '@resident/server'
import { createEmbeddedMasterdata, embeddedTables, seedDemoCountry } from '@resident/server/demo'
import { percentile } from './stats.ts'

export interface PdfTiming {
  lang: string
  centres: number
  pages: number
  bytes: number
  p50Ms: number
  p99Ms: number
}

const LANGS = ['eng', 'fra', 'spa', 'ara', 'hin', 'kan', 'tam']

export async function measurePdfTimes(runs: number): Promise<PdfTiming[]> {
  const handle = await openPGlite()
  try {
    await prepareDatabase(handle.db)
    const db = embeddedTables(handle.db)
    await seedDemoCountry(db, { seed: 1, centres: 300 })
    const masterdata = createEmbeddedMasterdata(db)
    const languages = await masterdata.languages()
    const results: PdfTiming[] = []
    for (const lang of LANGS) {
      // Level 0 is the country: its name matches every centre, so a page holds 100.
      const country = await db
        .selectFrom('md_location')
        .select('name')
        .where('level', '=', 0)
        .where('lang_code', '=', lang)
        .executeTakeFirstOrThrow()
      const page = await masterdata.searchCentres({
        langCode: lang,
        hierarchyLevel: 0,
        text: country.name,
        pageNumber: 0,
        pageSize: 100,
        sortBy: 'name',
        orderBy: 'asc',
      })
      const input = {
        lang,
        direction: directionOf(languages, lang),
        query: { kind: 'search' as const, levelName: '', name: country.name },
        centres: page.data,
        total: page.totalItems,
        generatedAt: new Date(),
        timeZoneOffset: 0,
      }
      const first = await centreListPdf(input) // warm-up: fonts, HarfBuzz, caches
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        const started = performance.now()
        await centreListPdf({ ...input, generatedAt: new Date() })
        times.push(performance.now() - started)
      }
      const pages = (
        Buffer.from(first)
          .toString('latin1')
          .match(/\/Type\s*\/Page\b/g) ?? []
      ).length
      results.push({
        lang,
        centres: page.data.length,
        pages,
        bytes: first.byteLength,
        p50Ms: percentile(times, 0.5),
        p99Ms: percentile(times, 0.99),
      })
    }
    return results
  } finally {
    await handle.close()
  }
}

export function formatPdfTimes(rows: PdfTiming[], runs: number): string {
  const lines = [`── PDF generation: 100-centre list, ${runs} runs per language after a warm-up ──`]
  lines.push('lang  centres  pages     bytes   p50 ms   p99 ms')
  for (const r of rows) {
    lines.push(
      `${r.lang.padEnd(4)}  ${String(r.centres).padStart(7)}  ${String(r.pages).padStart(5)}  ${String(r.bytes).padStart(8)}  ${r.p50Ms.toFixed(1).padStart(7)}  ${r.p99Ms.toFixed(1).padStart(7)}`,
    )
  }
  return lines.join('\n')
}
