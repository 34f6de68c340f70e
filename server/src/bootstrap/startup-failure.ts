import { pino } from 'pino'
import { ConfigError } from '../config.ts'

export interface StartupFailureOptions {
  /** Where the line goes: stderr by default, written synchronously (the process exits next). */
  stream?: NodeJS.WritableStream
  /** Adds the stack (LOG_LEVEL=debug or trace): it helps a developer, not an operator. */
  withStack?: boolean
}

/**
 * A refusal to start, as one `fatal` JSON line like the server's other logs, so a log collector
 * files it with the errors instead of as stray text. The message says what to do; the level is
 * fatal whatever LOG_LEVEL says (even `silent`), since the process is about to exit 1.
 */
export function reportStartupFailure(error: unknown, options: StartupFailureOptions = {}): void {
  const message = error instanceof Error ? error.message : String(error)
  const log = pino(
    { level: 'fatal', base: { pid: process.pid } },
    options.stream ?? pino.destination({ dest: 2, sync: true }),
  )
  log.fatal(
    options.withStack ? { err: error } : {},
    error instanceof ConfigError ? `Configuration error: ${message}` : message,
  )
}
