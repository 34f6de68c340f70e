import { apiGet, type RequestOptions } from './client.ts'
import type { ResponseOf } from './types.ts'

/** Every non-secret setting by its MOSIP property name (the portal reads a few, with defaults). */
export type UiProperties = ResponseOf<'/proxy/config/ui-properties'>

export function getUiProperties(options?: RequestOptions): Promise<UiProperties> {
  return apiGet<UiProperties>('/proxy/config/ui-properties', options)
}
