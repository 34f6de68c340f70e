import type { LanguageTemplates } from './types.ts'

const track = 'You can track this request at {trackServiceRequestLink}'
const details = 'You can see the details of this request at {trackServiceRequestLink}'
const eventLine = 'Event ID: {eventId}'
const notYou = 'If you did not make this request, please contact Resident Services.'

export const eng: LanguageTemplates = {
  resident: 'Resident',
  channel: { EMAIL: 'email address', PHONE: 'phone number' },
  greeting: 'Dear {name},',
  footer: 'This message was sent automatically by Resident Services. Please do not reply to it.',
  'receive-otp': {
    subject: 'Your one-time password (OTP)',
    body: [
      'Your one-time password (OTP) is {otp}. It is valid for {validity}.',
      'Never share this code with anyone. Resident Services staff will never ask you for it.',
      'If you did not ask for this code, you can ignore this message.',
    ],
    sms: 'Your OTP is {otp}, valid for {validity}. Never share it: Resident Services staff will never ask for it.',
  },
  'get-my-uin-card': {
    success: {
      subject: 'Your UIN card was downloaded',
      body: ['Your UIN card was downloaded on {date} at {time} (UTC).', eventLine, track, notYou],
      sms: 'Your UIN card was downloaded. Event ID {eventId}. Track it at {trackServiceRequestLink}',
    },
    failure: {
      subject: 'Your UIN card could not be downloaded',
      body: [
        'Your request of {date} at {time} (UTC) to download your UIN card could not be completed. Please try again later.',
        eventLine,
        details,
      ],
      sms: 'Your UIN card could not be downloaded. Event ID {eventId}. Details: {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'We received your request for your UIN card',
      body: [
        'We received your request of {date} at {time} (UTC) to get your UIN card.',
        eventLine,
        track,
      ],
      sms: 'We received your UIN card request. Event ID {eventId}. Track it at {trackServiceRequestLink}',
    },
  },
  'verify-my-phone-email': {
    success: {
      subject: 'Your {channel} was verified',
      body: ['Your {channel} was verified on {date} at {time} (UTC).', eventLine, track, notYou],
      sms: 'Your {channel} was verified. Event ID {eventId}. Track it at {trackServiceRequestLink}',
    },
    failure: {
      subject: 'Your {channel} could not be verified',
      body: [
        'We could not verify your {channel} on {date} at {time} (UTC). Please try again.',
        eventLine,
        details,
      ],
      sms: 'Your {channel} could not be verified. Event ID {eventId}. Details: {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'We received your request to verify your {channel}',
      body: [
        'We received your request of {date} at {time} (UTC) to verify your {channel}.',
        eventLine,
        track,
      ],
      sms: 'We received your request to verify your {channel}. Event ID {eventId}. Track it at {trackServiceRequestLink}',
    },
  },
}
