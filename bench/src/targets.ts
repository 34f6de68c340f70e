// What the load runs ask for: search texts that match and points where centres exist, found on
// the running server and checked to answer 200 with centres.
import type { MASTERDATA_ROUTES } from './bare-server.ts'
import { type Answer, centresOf, getJson, verifyNonEmpty } from './load.ts'
import { SEARCH_LEVEL, threeLetterTexts } from './population.ts'

const MASTERDATA = '/resident/v1/proxy/masterdata'
export const NEARBY_DISTANCE_M = 2000

export function searchPath(text: string): string {
  return `${MASTERDATA}/registrationcenters/page/eng/${SEARCH_LEVEL}/${encodeURIComponent(text)}?pageNumber=0&pageSize=10`
}

export function nearbyPath(longitude: string, latitude: string): string {
  return `${MASTERDATA}/getcoordinatespecificregistrationcenters/eng/${longitude}/${latitude}/${NEARBY_DISTANCE_M}`
}

export interface Targets {
  texts: string[]
  searchPaths: string[]
  nearbyPaths: string[]
  /** One real answer of each endpoint: the bare server serves exactly these bytes. */
  searchAnswer: Answer
  nearbyAnswer: Answer
  /** Average body size of the real answers over the rotated URLs. */
  searchBytesAvg: number
  nearbyBytesAvg: number
  /** Centres the searches found (the working-days path asks for theirs). */
  centreIds: string[]
}

const average = (answers: Answer[]) =>
  answers.reduce((sum, a) => sum + a.body.length, 0) / Math.max(1, answers.length)

/**
 * Finds up to `textCount` three-letter texts that match centres at the search level, and up to
 * `pointCount` centre coordinates from their results; fails loudly when nothing matches.
 */
export async function findTargets(
  baseUrl: string,
  locationNames: string[],
  textCount = 4,
  pointCount = 8,
): Promise<Targets> {
  const texts: string[] = []
  const points = new Map<string, [string, string]>()
  for (const text of threeLetterTexts(locationNames, 40)) {
    if (texts.length >= textCount) break
    const answer = await getJson(baseUrl + searchPath(text))
    const centres = centresOf(baseUrl + searchPath(text), answer)
    if (centres.length === 0) continue
    texts.push(text)
    for (const c of centres) {
      if (points.size < pointCount) points.set(c.id, [c.longitude, c.latitude])
    }
  }
  if (texts.length === 0) {
    throw new Error(
      `no three-letter text drawn from ${locationNames.length} level-${SEARCH_LEVEL} location ` +
        `names matched a centre (${searchPath('…')})`,
    )
  }
  const searchPaths = texts.map(searchPath)
  const nearbyPaths = [...points.values()].map(([lon, lat]) => nearbyPath(lon, lat))
  const searchAnswers = await verifyNonEmpty(baseUrl, searchPaths)
  const nearbyAnswers = await verifyNonEmpty(baseUrl, nearbyPaths)
  return {
    texts,
    searchPaths,
    nearbyPaths,
    searchAnswer: searchAnswers[0] as Answer,
    nearbyAnswer: nearbyAnswers[0] as Answer,
    searchBytesAvg: average(searchAnswers),
    nearbyBytesAvg: average(nearbyAnswers),
    centreIds: [...points.keys()],
  }
}

/** One more path to load: the URLs rotated through, and the answer the bare server repeats. */
export interface PathTarget {
  endpoint: keyof typeof MASTERDATA_ROUTES
  paths: string[]
  answer: Answer
  bytesAvg: number
}

/** A 200 MOSIP envelope with a response and no errors, or a loud failure. */
function checkEnvelope(url: string, answer: Answer): void {
  const envelope = answer.json as { errors?: unknown[] | null; response?: unknown } | undefined
  const preview = answer.body.toString('utf8').slice(0, 300)
  if (answer.status !== 200 || !envelope || envelope.response == null || envelope.errors?.length) {
    throw new Error(`${url} answered ${answer.status}: ${preview}`)
  }
}

/**
 * The working days of `centreIds`, the valid documents, the types of the first document
 * category, the location levels and the UI properties: each fetched and checked once.
 */
export async function masterdataTargets(
  baseUrl: string,
  centreIds: string[],
): Promise<PathTarget[]> {
  const valid = `${MASTERDATA}/validdocuments/eng`
  const validAnswer = await getJson(baseUrl + valid)
  checkEnvelope(baseUrl + valid, validAnswer)
  const categories = (
    validAnswer.json as { response?: { documentcategories?: Array<{ code: string }> } }
  ).response?.documentcategories
  const category = categories?.[0]?.code
  if (!category) throw new Error(`${baseUrl + valid} lists no document category`)
  const wanted: Array<[PathTarget['endpoint'], string[]]> = [
    ['workingdays', centreIds.slice(0, 4).map((id) => `${MASTERDATA}/workingdays/${id}/eng`)],
    ['validdocuments', [valid]],
    ['documenttypes', [`${MASTERDATA}/documenttypes/${encodeURIComponent(category)}/eng`]],
    ['locationlevels', [`${MASTERDATA}/locationHierarchyLevels/eng`]],
    ['uiproperties', ['/resident/v1/proxy/config/ui-properties']],
  ]
  const targets: PathTarget[] = []
  for (const [endpoint, paths] of wanted) {
    if (paths.length === 0) throw new Error(`no URL to load for ${endpoint}`)
    const answers: Answer[] = []
    for (const p of paths) {
      const answer = await getJson(baseUrl + p)
      checkEnvelope(baseUrl + p, answer)
      answers.push(answer)
    }
    targets.push({ endpoint, paths, answer: answers[0] as Answer, bytesAvg: average(answers) })
  }
  return targets
}
