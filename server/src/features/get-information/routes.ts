import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../config.ts'
import { ok } from '../../http/envelope.ts'
import { errorCodes } from '../../http/error-codes.ts'
import type { InputErrorRule } from '../../http/input-errors.ts'
import { createReplyCache } from '../../http/reply-cache.ts'
import type { MasterdataPort } from '../../platform/masterdata.ts'
import { registerGetInformationDownloads } from './download-routes.ts'
import * as S from './schemas.ts'
import { createGetInformationService } from './service.ts'

const tags = ['get-information']
const BASE = '/proxy/masterdata'

/**
 * MOSIP's proxy hands every parameter to masterdata (or to Spring's type conversion): whatever
 * is wrong with one comes back as RES-SER-418, never as the resident service's own 410/414.
 */
export const MASTERDATA_INPUT: InputErrorRule = { missing: 'RES-SER-418', invalid: 'RES-SER-418' }
const proxyConfig = { inputErrors: MASTERDATA_INPUT }
/** What a proxy route answers besides its data: masterdata's error, or a failed call. */
const codes = errorCodes('RES-SER-418', 'RES-SER-412')

/** MOSIP's public masterdata proxy routes behind "Get information", and its PDF downloads. */
export function registerGetInformation(
  parent: FastifyInstance,
  config: Config,
  masterdata: MasterdataPort,
): void {
  const api = parent.withTypeProvider<TypeBoxTypeProvider>()
  const service = createGetInformationService(config, masterdata)
  registerGetInformationDownloads(api, service, masterdata)
  // Masterdata changes rarely: answers are kept serialised until the port says it changed.
  const cache = createReplyCache({
    version: () => masterdata.cacheToken(),
    meter: parent.cacheMeter('masterdata'),
  })

  api.get(
    `${BASE}/locationHierarchyLevels/:langcode`,
    {
      config: proxyConfig,
      schema: { tags, params: S.LevelParams, response: { 200: S.LevelsResponse }, ...codes },
    },
    async (request, reply) =>
      cache.reply(request, reply, async () =>
        ok(request, { locationHierarchyLevels: await service.levels(request.params.langcode) }),
      ),
  )
  api.get(
    `${BASE}/locationHierarchyLevels`,
    { config: proxyConfig, schema: { tags, response: { 200: S.LevelsResponse }, ...codes } },
    async (request, reply) =>
      cache.reply(request, reply, async () =>
        ok(request, { locationHierarchyLevels: await service.levels() }),
      ),
  )
  api.get(
    `${BASE}/locations/immediatechildren/:locationcode/:langcode`,
    {
      config: proxyConfig,
      schema: { tags, params: S.LocationParams, response: { 200: S.LocationsResponse }, ...codes },
    },
    async (request, reply) =>
      cache.reply(request, reply, async () => {
        const { locationcode, langcode } = request.params
        return ok(request, { locations: await service.immediateChildren(locationcode, langcode) })
      }),
  )
  api.get(
    `${BASE}/locations/info/:locationcode/:langcode`,
    {
      config: proxyConfig,
      schema: { tags, params: S.LocationParams, response: { 200: S.LocationResponse }, ...codes },
    },
    async (request, reply) =>
      cache.reply(request, reply, async () =>
        ok(
          request,
          await service.locationInfo(request.params.locationcode, request.params.langcode),
        ),
      ),
  )
  api.get(
    `${BASE}/registrationcenters/page/:langcode/:hierarchylevel/:name`,
    {
      config: proxyConfig,
      schema: {
        tags,
        summary: 'Centres in locations whose name contains the text, one page',
        params: S.CentrePageParams,
        querystring: S.CentrePageQuery,
        response: { 200: S.CentrePageResponse },
        ...codes,
      },
    },
    async (request, reply) =>
      cache.reply(request, reply, async () =>
        ok(request, await service.searchCentres({ ...request.params, ...request.query })),
      ),
  )
  api.get(
    `${BASE}/registrationcenters/:langcode/:hierarchylevel/names`,
    {
      config: proxyConfig,
      schema: {
        tags,
        params: S.CentreNamesParams,
        querystring: S.CentreNamesQuery,
        response: { 200: S.CentresResponse },
        ...codes,
      },
    },
    async (request, reply) =>
      cache.reply(request, reply, async () => {
        const { langcode, hierarchylevel } = request.params
        const names = request.query.name
        const centres = await service.centresByNames(langcode, hierarchylevel, names)
        return ok(request, { registrationCenters: centres })
      }),
  )
  api.get(
    `${BASE}/getcoordinatespecificregistrationcenters/:langcode/:longitude/:latitude/:proximitydistance`,
    {
      config: proxyConfig,
      schema: {
        tags,
        summary: 'Centres within a distance (metres) of a point, nearest first',
        params: S.NearbyParams,
        response: { 200: S.CentresResponse },
        ...codes,
      },
    },
    async (request, reply) =>
      cache.reply(request, reply, async () => {
        const { langcode, longitude, latitude, proximitydistance } = request.params
        const centres = await service.nearby(
          langcode,
          Number(longitude),
          Number(latitude),
          Number(proximitydistance),
        )
        return ok(request, { registrationCenters: centres })
      }),
  )
  api.get(
    `${BASE}/workingdays/:registrationCenterID/:langCode`,
    {
      config: proxyConfig,
      schema: {
        tags,
        params: S.WorkingDaysParams,
        response: { 200: S.WorkingDaysResponse },
        ...codes,
      },
    },
    async (request, reply) =>
      cache.reply(request, reply, async () => {
        const { registrationCenterID, langCode } = request.params
        return ok(request, {
          workingdays: await service.workingDays(registrationCenterID, langCode),
        })
      }),
  )
  api.get(
    `${BASE}/validdocuments/:langCode`,
    {
      config: proxyConfig,
      schema: {
        tags,
        params: S.ValidDocumentsParams,
        response: { 200: S.ValidDocumentsResponse },
        ...codes,
      },
    },
    async (request, reply) =>
      cache.reply(request, reply, async () =>
        ok(request, { documentcategories: await service.validDocuments(request.params.langCode) }),
      ),
  )
  api.get(
    `${BASE}/documenttypes/:documentcategorycode/:langcode`,
    {
      config: proxyConfig,
      schema: {
        tags,
        params: S.DocumentTypesParams,
        response: { 200: S.DocumentTypesResponse },
        ...codes,
      },
    },
    async (request, reply) =>
      cache.reply(request, reply, async () => {
        const { documentcategorycode, langcode } = request.params
        return ok(request, {
          documents: await service.documentTypes(documentcategorycode, langcode),
        })
      }),
  )
}
