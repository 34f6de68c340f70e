import { Type } from 'typebox'
import { envelopeSchema, LangCode } from '../../http/schemas.ts'

// Numbers in paths are matched as decimal text: JSON-schema coercion lets "1e999" through as
// Infinity, which no range check catches. A negative level is let through: masterdata fails
// on it (RES-SER-412), which is not the same answer as a level that is not a number.
const Level = Type.String({
  pattern: '^-?[0-9]{1,6}$',
  description: 'hierarchy level, e.g. 3',
  examples: ['3'],
})
const Decimal = (description: string, example: string) =>
  Type.String({ pattern: '^-?[0-9]{1,7}(\\.[0-9]{1,15})?$', description, examples: [example] })

const Code = (example: string) =>
  Type.String({ minLength: 1, maxLength: 36, pattern: '^[A-Za-z0-9_-]+$', examples: [example] })

/** Part of a location's name at the level (the demo country's capital in the examples). */
const LocationName = Type.String({ minLength: 1, maxLength: 100, examples: ['Chandrapur'] })

export const LevelParams = Type.Object({ langcode: LangCode })
export const LocationParams = Type.Object({ locationcode: Code('R1P1C1'), langcode: LangCode })
export const CentrePageParams = Type.Object({
  langcode: LangCode,
  hierarchylevel: Level,
  name: LocationName,
})
export const CentrePageQuery = Type.Object({
  pageNumber: Type.Optional(Type.Integer({ default: 0 })),
  pageSize: Type.Optional(Type.Integer({ default: 10 })),
  sortBy: Type.Optional(
    Type.Union([Type.Literal('createdDateTime'), Type.Literal('name'), Type.Literal('id')], {
      default: 'createdDateTime',
    }),
  ),
  nameLangCode: Type.Optional(
    Type.String({
      pattern: '^[a-z]{3}$',
      description:
        'Ours: language `name` is written in, when not `langcode` (results stay in `langcode`)',
    }),
  ),
  orderBy: Type.Optional(
    Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'desc' }),
  ),
})
export const CentreNamesParams = Type.Object({
  langcode: LangCode,
  hierarchylevel: Level,
})
export const CentreNamesQuery = Type.Object({
  name: Type.Union([
    LocationName,
    Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 50 }),
  ]),
})
export const NearbyParams = Type.Object({
  langcode: LangCode,
  longitude: Decimal('degrees east, -180 to 180', '21.7'),
  latitude: Decimal('degrees north, -90 to 90', '13.05'),
  proximitydistance: Decimal('metres, above 0 and at most 1,000,000', '20000'),
})
export const WorkingDaysParams = Type.Object({
  registrationCenterID: Code('10001'),
  langCode: LangCode,
})
export const ValidDocumentsParams = Type.Object({ langCode: LangCode })
export const DocumentTypesParams = Type.Object({
  documentcategorycode: Code('POA'),
  langcode: LangCode,
})

const LevelItem = Type.Object({
  hierarchyLevel: Type.Integer(),
  hierarchyLevelName: Type.String(),
  langCode: Type.String(),
  isActive: Type.Boolean(),
})
const LocationItem = Type.Object({
  code: Type.String(),
  name: Type.String(),
  hierarchyLevel: Type.Integer(),
  hierarchyName: Type.String(),
  parentLocCode: Type.Union([Type.String(), Type.Null()]),
  langCode: Type.String(),
  isActive: Type.Boolean(),
})
const WorkingDayItem = Type.Object({
  code: Type.String({ description: 'The day code, MON…SUN' }),
  name: Type.String({ description: 'The day’s name in the asked language' }),
  displayName: Type.String({ description: 'Ours, the same as `name` (kept for older clients)' }),
  order: Type.Integer(),
  languageCode: Type.String(),
})
const CentreItem = Type.Object({
  id: Type.String(),
  name: Type.String(),
  centerTypeCode: Type.String(),
  addressLine1: Type.String(),
  addressLine2: Type.String(),
  addressLine3: Type.String(),
  latitude: Type.String(),
  longitude: Type.String(),
  locationCode: Type.String(),
  holidayLocationCode: Type.String(),
  contactPhone: Type.String(),
  workingHours: Type.String(),
  langCode: Type.String(),
  numberOfKiosks: Type.Integer(),
  perKioskProcessTime: Type.String(),
  centerStartTime: Type.String(),
  centerEndTime: Type.String(),
  timeZone: Type.String(),
  contactPerson: Type.String(),
  lunchStartTime: Type.String(),
  lunchEndTime: Type.String(),
  isActive: Type.Boolean(),
  zoneCode: Type.String(),
  workingNonWorkingDays: Type.Record(Type.String(), Type.Boolean()),
  workingDays: Type.Array(WorkingDayItem),
  holidays: Type.Array(
    Type.Object({
      holidayDate: Type.String(),
      holidayName: Type.String(),
      holidayDesc: Type.String(),
    }),
  ),
  distanceMeters: Type.Optional(Type.Number()),
})
const DocumentTypeItem = Type.Object({
  code: Type.String(),
  name: Type.String(),
  description: Type.String(),
  langCode: Type.String(),
  isActive: Type.Boolean(),
})

export const LevelsResponse = envelopeSchema(
  Type.Object({ locationHierarchyLevels: Type.Array(LevelItem) }),
)
export const LocationsResponse = envelopeSchema(
  Type.Object({ locations: Type.Array(LocationItem) }),
)
export const LocationResponse = envelopeSchema(LocationItem)
export const CentresResponse = envelopeSchema(
  Type.Object({ registrationCenters: Type.Array(CentreItem) }),
)
export const CentrePageResponse = envelopeSchema(
  Type.Object({
    pageNo: Type.Integer(),
    pageSize: Type.Integer(),
    sort: Type.Null(),
    totalItems: Type.Integer(),
    totalPages: Type.Integer(),
    data: Type.Array(CentreItem),
  }),
)
export const WorkingDaysResponse = envelopeSchema(
  Type.Object({ workingdays: Type.Array(WorkingDayItem) }),
)
export const ValidDocumentsResponse = envelopeSchema(
  Type.Object({
    documentcategories: Type.Array(
      Type.Object({
        code: Type.String(),
        name: Type.String(),
        description: Type.String(),
        langCode: Type.String(),
        isActive: Type.Boolean(),
        documenttypes: Type.Array(DocumentTypeItem),
      }),
    ),
  }),
)
export const DocumentTypesResponse = envelopeSchema(
  Type.Object({ documents: Type.Array(DocumentTypeItem) }),
)
