import type { Generated } from 'kysely'

/** Tables of the embedded masterdata service (the demo country lives here). */
export interface MasterdataTables {
  md_language: { code: string; name: string; native_name: string; direction: 'ltr' | 'rtl' }
  md_location_level: { level: number; lang_code: string; name: string }
  md_location: {
    code: string
    lang_code: string
    name: string
    /** `name` folded for search: NFC, case- and diacritic-insensitive (see text/fold.ts). */
    name_folded: string
    level: number
    parent_code: string | null
  }
  /** Closure of the location tree: every location with each ancestor and itself. */
  md_location_ancestor: { location_code: string; ancestor_code: string; ancestor_level: number }
  md_center: {
    id: string
    lang_code: string
    name: string
    center_type_code: string
    address_line1: string
    address_line2: string
    address_line3: string
    contact_phone: string
    contact_person: string
    working_hours: string
    number_of_kiosks: number
    per_kiosk_process_time: string
    center_start_time: string
    center_end_time: string
    lunch_start_time: string
    lunch_end_time: string
    time_zone: string
    location_code: string
    holiday_location_code: string
    zone_code: string
    is_active: boolean
    created_at: Generated<Date>
  }
  /** One row per centre (not per language): coordinates with a great-circle index. */
  md_center_geo: { center_id: string; latitude: number; longitude: number }
  md_day_of_week: { code: string; lang_code: string; name: string; day_seq: number }
  md_center_working_day: { center_id: string; day_code: string; is_working: boolean }
  md_holiday: {
    location_code: string
    holiday_date: string
    lang_code: string
    holiday_name: string
    holiday_desc: string
  }
  md_document_category: { code: string; lang_code: string; name: string; description: string }
  md_document_type: { code: string; lang_code: string; name: string; description: string }
  md_valid_document: { category_code: string; doc_type_code: string }
}
