/**
 * What a failure is, safe to store and log: an error code or class name, never the message
 * (messages can echo an address or a phone number). PostgreSQL SQLSTATEs become `PG_<code>`.
 */
export function errorClass(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'Error'
  const { code, name } = error as { code?: unknown; name?: unknown }
  if (typeof code === 'string') {
    if (/^[A-Z][A-Z0-9_]{1,39}$/.test(code)) return code
    if (/^[0-9A-Z]{5}$/.test(code)) return `PG_${code}`
  }
  if (typeof name === 'string' && /^[A-Za-z]{1,60}$/.test(name)) return name
  return 'Error'
}

/** An error whose class is its name: how the queue reports its own failures. */
export class JobError extends Error {
  constructor(name: string) {
    super(name)
    this.name = name
  }
}
