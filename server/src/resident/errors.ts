/**
 * The one list of error codes the server answers with: MOSIP's codes where MOSIP has one, ours
 * (RES-SER-9xx) beside them. MOSIP answers most business errors with HTTP 200 and `errors[]`;
 * `status` is the HTTP status we send on MOSIP paths.
 */
/**
 * How old an IDA-style OTP request's `requestTime` may be, as ID authentication allows it
 * (`authrequest.received-time-allowed.seconds`); it may also run this far ahead of our clock.
 */
export const REQUEST_TIME_ALLOWED_SECONDS = 120
export const REQUEST_TIME_AHEAD_SECONDS = 30

export const ERRORS = {
  'RES-SER-410': { status: 200, message: 'Invalid Input Parameter' },
  'RES-SER-414': { status: 200, message: 'Missing input Parameter' },
  'RES-SER-418': { status: 200, message: 'Bad Request' },
  // Masterdata (or another service) could not be reached or answered an HTTP error. MOSIP wraps
  // it in a checked exception on the proxy paths, so it arrives with HTTP 200 there.
  'RES-SER-412': { status: 200, message: 'Unable to access API resource' },
  'RES-SER-446': { status: 200, message: 'Invalid page index value' },
  'RES-SER-447': { status: 200, message: 'Invalid page size value' },
  'RES-SER-470': { status: 200, message: 'No Record(s) found' },
  'RES-SER-518': { status: 200, message: 'Registration center name must not be empty' },
  'RES-SER-521': { status: 200, message: 'Invalid Language Name' },
  'RES-SER-522': { status: 200, message: 'Invalid UIN/VID entered' },
  'RES-SER-422': { status: 200, message: 'OTP validation failed' },
  'RES-SER-425': { status: 200, message: 'Error while generating OTP' },
  'RES-SER-438': { status: 200, message: 'Invalid OTP Channel' },
  'RES-SER-440': { status: 200, message: 'The identity has no registered email or phone number' },
  'RES-SER-449': { status: 200, message: 'AID is not ready' },
  'RES-SER-456': { status: 200, message: 'AID not found' },
  'RES-SER-457': { status: 200, message: 'AID not found' },
  'RES-SER-465': {
    status: 200,
    message: 'OTP is blocked after too many wrong tries; ask for a new one',
  },
  'RES-SER-509': { status: 400, message: 'Card is not ready for download' },
  'RES-SER-510': { status: 200, message: 'Innumerous OTP requests received' },
  'RES-OTP-006': { status: 200, message: 'OTP has expired' },
  'RES-OTP-007': { status: 200, message: 'OTP is invalid' },
  'RES-OTP-008': {
    status: 200,
    message: 'Input transactionID does not match transactionID of OTP Request',
  },
  'RES-OTP-010': { status: 200, message: 'SMS OTP authentication is locked' },
  'RES-OTP-011': { status: 200, message: 'Email OTP authentication is locked' },
  'RES-OTP-012': { status: 200, message: 'SMS and email OTP authentication is locked' },
  // IDA's codes, passed through on the IDA-style OTP routes as MOSIP does.
  'IDA-OTA-001': { status: 200, message: 'Innumerous OTP requests received' },
  'IDA-OTA-002': { status: 200, message: 'Could not generate/send OTP' },
  'IDA-OTA-003': { status: 200, message: 'OTP has expired' },
  'IDA-OTA-004': { status: 200, message: 'OTP is invalid' },
  'IDA-OTA-005': {
    status: 200,
    message: 'Input transactionID does not match transactionID of OTP Request',
  },
  'IDA-OTA-007': {
    status: 200,
    message: 'UIN is locked for OTP validation due to exceeding no of invalid OTP trials',
  },
  'IDA-OTA-008': { status: 200, message: 'OTP Notification Channel not provided' },
  'IDA-MLC-001': {
    status: 200,
    message: `Request to be received at MOSIP within ${REQUEST_TIME_ALLOWED_SECONDS} seconds`,
  },
  'IDA-MLC-006': { status: 200, message: 'Missing Input Parameter' },
  'IDA-MLC-009': { status: 200, message: 'Invalid Input Parameter' },
  'IDA-MLC-018': { status: 200, message: 'Individual id not available in database' },
  'IDA-MLC-019': { status: 200, message: 'Auth Type is Locked for the UIN' },
  'IDA-MLC-023': { status: 200, message: 'VID is expired/deactivated' },
  'RES-SER-403': { status: 403, message: 'Access is denied' },
  // MOSIP's auth adapter answers a request without a valid session this way (HTTP 401).
  'KER-ATH-401': { status: 401, message: 'Authentication Failed' },
  // MOSIP's login library answers `validateToken` without any cookie this way (HTTP 200).
  'KER-ACP-001': { status: 200, message: 'Cookies are empty' },
  'KER-ACP-002': { status: 200, message: 'Token is not present in cookies' },
  'RES-SER-SYS-001': { status: 500, message: 'System exception, please try again later' },
  'RES-SER-901': { status: 404, message: 'No such resource' },
  'RES-SER-902': { status: 405, message: 'Method not allowed on this resource' },
  'RES-SER-903': { status: 413, message: 'Request body too large' },
  'RES-SER-904': { status: 415, message: 'Unsupported content type' },
  'RES-SER-905': { status: 429, message: 'Too many requests, please wait and try again' },
  'RES-SER-907': { status: 414, message: 'Request address too long' },
  'RES-SER-908': { status: 400, message: 'Request address is not valid' },
  'RES-SER-909': { status: 200, message: 'Captcha is missing, expired or not solved' },
  'RES-SER-906': { status: 503, message: 'Service is starting or shutting down, please try again' },
  'RES-SER-910': {
    status: 403,
    message:
      'This request must come from the resident portal itself (cross-site requests are refused)',
  },
  // The Host header names none of this deployment's addresses (DNS rebinding, a stray proxy):
  // 421 Misdirected Request says "not this server", which no retry to the same address fixes.
  'RES-SER-911': {
    status: 421,
    message: 'This server does not answer for that address; use the portal’s own address',
  },
  // Answered on the raw connection, before any route (http/client-errors.ts).
  'RES-SER-912': { status: 408, message: 'The request took too long to arrive, please try again' },
  'RES-SER-913': { status: 431, message: 'Request headers too large' },
} as const satisfies Record<string, { status: number; message: string }>

export type ErrorCode = keyof typeof ERRORS

/** A failure a resident or integrator can act on; becomes one entry of `errors[]`. */
export class ResidentError extends Error {
  readonly code: ErrorCode
  readonly status: number
  readonly detail: string | undefined
  /** How long the client should wait before trying again (answered as `Retry-After`). */
  retryAfterSeconds: number | undefined

  constructor(code: ErrorCode, detail?: string, status?: number) {
    const base = ERRORS[code]
    super(detail ? `${base.message} - ${detail}` : base.message)
    this.name = 'ResidentError'
    this.code = code
    this.detail = detail
    this.status = status ?? base.status
  }

  /**
   * The code with another service's own message instead of ours (masterdata's reason on the
   * proxy paths, IDA's on the OTP routes), as MOSIP passes them on.
   */
  static withMessage(code: ErrorCode, message: string, status?: number): ResidentError {
    const error = new ResidentError(code, undefined, status)
    error.message = message
    return error
  }

  /** The same error, telling the client to wait this long (`Retry-After`). */
  retryAfter(seconds: number | undefined): this {
    this.retryAfterSeconds = seconds
    return this
  }
}

export const invalidParameter = (name: string) => new ResidentError('RES-SER-410', name)
