import type { Selectable } from 'kysely'
import type { Holiday, Location, RegistrationCenter, WorkingDay } from '../../masterdata.ts'
import type { MasterdataTables } from './tables.ts'

/** A centre row in one language with its coordinates (absent when the centre has none). */
export type CentreRow = Selectable<MasterdataTables['md_center']> & {
  latitude: number | null
  longitude: number | null
}

export interface DayRow {
  code: string
  name: string
  day_seq: number
}

export interface WorkingDayRow extends DayRow {
  center_id: string
  is_working: boolean
}

export interface HolidayRow {
  location_code: string
  holiday_date: string
  holiday_name: string
  holiday_desc: string
}

export interface LocationRow {
  code: string
  name: string
  level: number
  parent_code: string | null
  lang_code: string
  level_name: string | null
}

export function presentWorkingDay(row: DayRow, langCode: string): WorkingDay {
  return {
    code: row.code,
    // masterdata keeps one row per language: the name is the day's name in that language.
    name: row.name,
    displayName: row.name,
    order: row.day_seq,
    languageCode: langCode,
  }
}

export function presentLocation(row: LocationRow): Location {
  return {
    code: row.code,
    name: row.name,
    hierarchyLevel: row.level,
    hierarchyName: row.level_name ?? '',
    parentLocCode: row.parent_code,
    langCode: row.lang_code,
    isActive: true,
  }
}

/** Coordinates travel as strings, as masterdata sends them. */
function coordinate(value: number | null): string {
  return value === null ? '' : String(value)
}

export function presentCentre(
  row: CentreRow,
  days: WorkingDayRow[],
  holidays: HolidayRow[],
  distance?: number,
): RegistrationCenter {
  const centre: RegistrationCenter = {
    id: row.id,
    name: row.name,
    centerTypeCode: row.center_type_code,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    addressLine3: row.address_line3,
    latitude: coordinate(row.latitude),
    longitude: coordinate(row.longitude),
    locationCode: row.location_code,
    holidayLocationCode: row.holiday_location_code,
    contactPhone: row.contact_phone,
    workingHours: row.working_hours,
    langCode: row.lang_code,
    numberOfKiosks: row.number_of_kiosks,
    perKioskProcessTime: row.per_kiosk_process_time,
    centerStartTime: row.center_start_time,
    centerEndTime: row.center_end_time,
    timeZone: row.time_zone,
    contactPerson: row.contact_person,
    lunchStartTime: row.lunch_start_time,
    lunchEndTime: row.lunch_end_time,
    isActive: row.is_active,
    zoneCode: row.zone_code,
    workingNonWorkingDays: Object.fromEntries(days.map((d) => [d.code, d.is_working])),
    workingDays: days.filter((d) => d.is_working).map((d) => presentWorkingDay(d, row.lang_code)),
    holidays: holidays.map(presentHoliday),
  }
  if (distance !== undefined) centre.distanceMeters = Math.round(distance)
  return centre
}

function presentHoliday(row: HolidayRow): Holiday {
  return {
    holidayDate: row.holiday_date,
    holidayName: row.holiday_name,
    holidayDesc: row.holiday_desc,
  }
}
