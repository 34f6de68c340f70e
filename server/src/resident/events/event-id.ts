import crypto from 'node:crypto'

/** MOSIP's event id: 16 decimal digits from a CSPRNG, no leading zero (service notes §4.3). */
export function newEventId(): string {
  return String(
    crypto.randomInt(1_000_000_000_000, 10_000_000_000_000) * 1000 + crypto.randomInt(1000),
  )
}

export const EVENT_ID_PATTERN = /^[1-9][0-9]{15}$/
