import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import {
  pdfResponseSchema,
  sendAttachment,
  TimeZoneHeaders,
  timeZoneOffsetOf,
} from '../../http/attachment.ts'
import { errorCodes } from '../../http/error-codes.ts'
import type { InputErrorRule } from '../../http/input-errors.ts'
import { LangCode } from '../../http/schemas.ts'
import { directionOf } from '../../pdf/direction.ts'
import { lazily } from '../../pdf/lazy.ts'
import type { MasterdataPort } from '../../platform/masterdata.ts'
import * as S from './schemas.ts'
import type { GetInformationService } from './service.ts'

/** MOSIP's `resident.registration-centers.download.max.count`. */
export const DOWNLOAD_MAX_CENTRES = 100

const tags = ['get-information']

const pdfs = lazily(() => import('./pdfs.ts'))

const CentreListQuery = Type.Object({
  langcode: LangCode,
  hierarchylevel: S.CentrePageParams.properties.hierarchylevel,
  // Optional here so a missing name answers MOSIP's RES-SER-518, as a blank one does.
  name: Type.Optional(
    Type.String({
      maxLength: 100,
      description: 'part of a location name',
      examples: ['Chandrapur'],
    }),
  ),
  nameLangCode: S.CentrePageQuery.properties.nameLangCode,
})
const DownloadHeaders = TimeZoneHeaders
const DocumentsQuery = Type.Object({ langcode: LangCode })

const pdfResponse = pdfResponseSchema(
  'The PDF, as an attachment; bad input answers the JSON error envelope (HTTP 200)',
)

/**
 * MOSIP's download controller checks the language itself (RES-SER-410 when empty or not the
 * deployment's); everything else reaches Spring's conversion or masterdata: RES-SER-418, or
 * RES-SER-412 when masterdata fails.
 */
const DOWNLOAD_INPUT: InputErrorRule = {
  missing: 'RES-SER-418',
  invalid: 'RES-SER-418',
  fields: { langcode: { invalid: 'RES-SER-410' } },
}
const config = { inputErrors: DOWNLOAD_INPUT }

/** "Get information" downloads: the centre list (search or nearby) and the documents list. */
export function registerGetInformationDownloads(
  parent: FastifyInstance,
  service: GetInformationService,
  masterdata: MasterdataPort,
): void {
  const api = parent.withTypeProvider<TypeBoxTypeProvider>()
  const direction = async (lang: string) => directionOf(await masterdata.languages(), lang)

  api.get(
    '/download/registration-centers-list',
    {
      config,
      schema: {
        tags,
        summary: 'PDF of the centres in locations whose name contains the text (at most 100)',
        querystring: CentreListQuery,
        headers: DownloadHeaders,
        response: pdfResponse,
        ...errorCodes('RES-SER-410', 'RES-SER-518', 'RES-SER-418', 'RES-SER-412'),
      },
    },
    async (request, reply) => {
      const { langcode, nameLangCode } = request.query
      service.checkLanguage(langcode)
      const name = service.checkSearchName(request.query.name)
      const level = Number(request.query.hierarchylevel)
      const page = await service.searchCentres({
        langcode,
        ...(nameLangCode ? { nameLangCode } : {}),
        hierarchylevel: request.query.hierarchylevel,
        name,
        pageNumber: 0,
        pageSize: DOWNLOAD_MAX_CENTRES,
        sortBy: 'name',
        orderBy: 'asc',
      })
      const levels = await service.levels(langcode)
      const levelName = levels.find((l) => l.hierarchyLevel === level)?.hierarchyLevelName
      const now = new Date()
      const offset = timeZoneOffsetOf(request.headers)
      const pdf = await (await pdfs()).centreListPdf({
        lang: langcode,
        direction: await direction(langcode),
        query: { kind: 'search', levelName: levelName ?? String(level), name: name.trim() },
        centres: page.data,
        total: page.totalItems,
        generatedAt: now,
        timeZoneOffset: offset,
      })
      return sendAttachment(reply, {
        name: 'Registration_centers',
        body: pdf,
        generatedAt: now,
        timeZoneOffset: offset,
      })
    },
  )

  api.get(
    '/download/nearestRegistrationcenters',
    {
      config,
      schema: {
        tags,
        summary: 'PDF of the centres within a distance (metres) of a point, nearest first',
        querystring: S.NearbyParams,
        headers: DownloadHeaders,
        response: pdfResponse,
        ...errorCodes('RES-SER-410', 'RES-SER-418', 'RES-SER-412'),
      },
    },
    async (request, reply) => {
      const { langcode, longitude, latitude, proximitydistance } = request.query
      service.checkLanguage(langcode)
      const distance = Number(proximitydistance)
      const centres = await service.nearby(langcode, Number(longitude), Number(latitude), distance)
      const now = new Date()
      const offset = timeZoneOffsetOf(request.headers)
      const pdf = await (await pdfs()).centreListPdf({
        lang: langcode,
        direction: await direction(langcode),
        query: { kind: 'nearby', latitude, longitude, distanceMeters: distance },
        centres,
        total: centres.length,
        generatedAt: now,
        timeZoneOffset: offset,
      })
      // MOSIP names the nearby list like the search list
      // (mosip.resident.download.nearest.registration.centre.file.name.convention).
      return sendAttachment(reply, {
        name: 'Registration_centers',
        body: pdf,
        generatedAt: now,
        timeZoneOffset: offset,
      })
    },
  )

  api.get(
    '/download/supporting-documents',
    {
      config,
      schema: {
        tags,
        summary: 'PDF of the supporting documents, by category',
        querystring: DocumentsQuery,
        headers: DownloadHeaders,
        response: pdfResponse,
        ...errorCodes('RES-SER-410', 'RES-SER-418', 'RES-SER-412'),
      },
    },
    async (request, reply) => {
      const { langcode } = request.query
      service.checkLanguage(langcode)
      const categories = await service.validDocuments(langcode)
      const now = new Date()
      const offset = timeZoneOffsetOf(request.headers)
      const pdf = await (await pdfs()).documentsPdf({
        lang: langcode,
        direction: await direction(langcode),
        categories,
        generatedAt: now,
        timeZoneOffset: offset,
      })
      return sendAttachment(reply, {
        name: 'Supporting_documents',
        body: pdf,
        generatedAt: now,
        timeZoneOffset: offset,
      })
    },
  )
}
