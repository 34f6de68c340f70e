import type { Feature } from '../../resident/context.ts'
import { registerGetInformation } from './routes.ts'

/** Registration centres, location levels, documents and their PDFs (MOSIP's masterdata proxy). */
export const getInformation: Feature = {
  name: 'get-information',
  routes(api, { config, platform }) {
    registerGetInformation(api, config, platform.masterdata)
  },
}
