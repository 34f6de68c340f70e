/**
 * MOSIP's resident-ui used hash routes (`/#/regcenter`, `/#/uinservices/trackservicerequest?eid=…`),
 * and old emails and bookmarks still carry them. This maps such a hash to our real path, or
 * returns undefined when the hash is not a route (e.g. `#main`).
 */
const RENAMED: Record<string, string> = {
  '/': '/',
  '/dashboard': '/',
  // The OTP page of Get my UIN needed state from the form; without it MOSIP went back there too.
  '/downloadMyUin': '/getuin',
}

export function legacyHashTarget(hash: string): string | undefined {
  if (!hash.startsWith('#/')) return undefined
  const rest = hash.slice(1)
  const queryAt = rest.indexOf('?')
  const rawPath = queryAt === -1 ? rest : rest.slice(0, queryAt)
  const query = queryAt === -1 ? '' : rest.slice(queryAt)
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath
  // Only plain path characters: never let a hash produce `//host` or a scheme.
  if (!/^\/[A-Za-z0-9/_-]*$/.test(path) || path.startsWith('//')) return '/'
  return `${RENAMED[path] ?? path}${query}`
}
