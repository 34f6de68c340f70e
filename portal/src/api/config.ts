import { apiGet, type RequestOptions } from './client.ts'

export type UiProperties = Record<string, string | number | boolean | null>

export function getUiProperties(options?: RequestOptions): Promise<UiProperties> {
  return apiGet<UiProperties>('/proxy/config/ui-properties', options)
}
