import type { LanguageTemplates } from './types.ts'

const track = 'ಈ ವಿನಂತಿಯನ್ನು ಇಲ್ಲಿ ಟ್ರ್ಯಾಕ್ ಮಾಡಬಹುದು: {trackServiceRequestLink}'
const details = 'ಈ ವಿನಂತಿಯ ವಿವರಗಳನ್ನು ಇಲ್ಲಿ ನೋಡಿ: {trackServiceRequestLink}'
const eventLine = 'ಈವೆಂಟ್ ಐಡಿ: {eventId}'
const notYou = 'ಈ ವಿನಂತಿಯನ್ನು ನೀವು ಮಾಡದಿದ್ದರೆ, ದಯವಿಟ್ಟು ನಿವಾಸಿ ಸೇವೆಗಳನ್ನು ಸಂಪರ್ಕಿಸಿ.'

// `{channel} ಪರಿಶೀಲನೆ` ("… verification") needs no case ending on the channel noun;
// `{validity}` stands alone after a colon for the same reason.
export const kan: LanguageTemplates = {
  resident: 'ನಿವಾಸಿ',
  channel: { EMAIL: 'ಇಮೇಲ್ ವಿಳಾಸ', PHONE: 'ಫೋನ್ ಸಂಖ್ಯೆ' },
  greeting: 'ಆತ್ಮೀಯ {name},',
  footer: 'ಈ ಸಂದೇಶವನ್ನು ನಿವಾಸಿ ಸೇವೆಗಳು ಸ್ವಯಂಚಾಲಿತವಾಗಿ ಕಳುಹಿಸಿವೆ. ದಯವಿಟ್ಟು ಇದಕ್ಕೆ ಉತ್ತರಿಸಬೇಡಿ.',
  'receive-otp': {
    subject: 'ನಿಮ್ಮ ಒಂದು ಬಾರಿಯ ಪಾಸ್‌ವರ್ಡ್ (OTP)',
    body: [
      'ನಿಮ್ಮ ಒಂದು ಬಾರಿಯ ಪಾಸ್‌ವರ್ಡ್ (OTP) {otp} ಆಗಿದೆ. ಮಾನ್ಯತೆಯ ಅವಧಿ: {validity}.',
      'ಈ ಕೋಡ್ ಅನ್ನು ಎಂದಿಗೂ ಯಾರೊಂದಿಗೂ ಹಂಚಿಕೊಳ್ಳಬೇಡಿ. ನಿವಾಸಿ ಸೇವೆಗಳ ಸಿಬ್ಬಂದಿ ಇದನ್ನು ಎಂದಿಗೂ ಕೇಳುವುದಿಲ್ಲ.',
      'ನೀವು ಈ ಕೋಡ್ ಅನ್ನು ಕೇಳದಿದ್ದರೆ, ಈ ಸಂದೇಶವನ್ನು ನಿರ್ಲಕ್ಷಿಸಬಹುದು.',
    ],
    sms: 'ನಿಮ್ಮ OTP {otp} ಆಗಿದೆ. ಮಾನ್ಯತೆಯ ಅವಧಿ: {validity}. ಇದನ್ನು ಯಾರೊಂದಿಗೂ ಹಂಚಿಕೊಳ್ಳಬೇಡಿ; ನಿವಾಸಿ ಸೇವೆಗಳ ಸಿಬ್ಬಂದಿ ಇದನ್ನು ಎಂದಿಗೂ ಕೇಳುವುದಿಲ್ಲ.',
  },
  'get-my-uin-card': {
    success: {
      subject: 'ನಿಮ್ಮ UIN ಕಾರ್ಡ್ ಡೌನ್‌ಲೋಡ್ ಆಗಿದೆ',
      body: [
        'ನಿಮ್ಮ UIN ಕಾರ್ಡ್ ಅನ್ನು {date} ರಂದು {time} ಕ್ಕೆ (UTC) ಡೌನ್‌ಲೋಡ್ ಮಾಡಲಾಗಿದೆ.',
        eventLine,
        track,
        notYou,
      ],
      sms: 'ನಿಮ್ಮ UIN ಕಾರ್ಡ್ ಡೌನ್‌ಲೋಡ್ ಆಗಿದೆ. ಈವೆಂಟ್ ಐಡಿ {eventId}. ಟ್ರ್ಯಾಕ್ ಮಾಡಿ: {trackServiceRequestLink}',
    },
    failure: {
      subject: 'ನಿಮ್ಮ UIN ಕಾರ್ಡ್ ಡೌನ್‌ಲೋಡ್ ಆಗಲಿಲ್ಲ',
      body: [
        '{date} ರಂದು {time} ಕ್ಕೆ (UTC) ನಿಮ್ಮ UIN ಕಾರ್ಡ್ ಡೌನ್‌ಲೋಡ್ ಮಾಡುವ ವಿನಂತಿಯನ್ನು ಪೂರ್ಣಗೊಳಿಸಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ. ದಯವಿಟ್ಟು ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.',
        eventLine,
        details,
      ],
      sms: 'ನಿಮ್ಮ UIN ಕಾರ್ಡ್ ಡೌನ್‌ಲೋಡ್ ಆಗಲಿಲ್ಲ. ಈವೆಂಟ್ ಐಡಿ {eventId}. ವಿವರಗಳು: {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'ನಿಮ್ಮ UIN ಕಾರ್ಡ್ ವಿನಂತಿ ನಮಗೆ ತಲುಪಿದೆ',
      body: [
        '{date} ರಂದು {time} ಕ್ಕೆ (UTC) ನಿಮ್ಮ UIN ಕಾರ್ಡ್ ಪಡೆಯಲು ನೀವು ಮಾಡಿದ ವಿನಂತಿ ನಮಗೆ ತಲುಪಿದೆ.',
        eventLine,
        track,
      ],
      sms: 'ನಿಮ್ಮ UIN ಕಾರ್ಡ್ ವಿನಂತಿ ನಮಗೆ ತಲುಪಿದೆ. ಈವೆಂಟ್ ಐಡಿ {eventId}. ಟ್ರ್ಯಾಕ್ ಮಾಡಿ: {trackServiceRequestLink}',
    },
  },
  'verify-my-phone-email': {
    success: {
      subject: 'ನಿಮ್ಮ {channel} ಪರಿಶೀಲನೆ ಯಶಸ್ವಿಯಾಗಿದೆ',
      body: [
        'ನಿಮ್ಮ {channel} ಪರಿಶೀಲನೆ {date} ರಂದು {time} ಕ್ಕೆ (UTC) ಯಶಸ್ವಿಯಾಗಿ ಪೂರ್ಣಗೊಂಡಿದೆ.',
        eventLine,
        track,
        notYou,
      ],
      sms: 'ನಿಮ್ಮ {channel} ಪರಿಶೀಲನೆ ಯಶಸ್ವಿಯಾಗಿದೆ. ಈವೆಂಟ್ ಐಡಿ {eventId}. ಟ್ರ್ಯಾಕ್ ಮಾಡಿ: {trackServiceRequestLink}',
    },
    failure: {
      subject: 'ನಿಮ್ಮ {channel} ಪರಿಶೀಲನೆ ವಿಫಲವಾಗಿದೆ',
      body: [
        '{date} ರಂದು {time} ಕ್ಕೆ (UTC) ನಿಮ್ಮ {channel} ಪರಿಶೀಲನೆ ವಿಫಲವಾಗಿದೆ. ದಯವಿಟ್ಟು ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.',
        eventLine,
        details,
      ],
      sms: 'ನಿಮ್ಮ {channel} ಪರಿಶೀಲನೆ ವಿಫಲವಾಗಿದೆ. ಈವೆಂಟ್ ಐಡಿ {eventId}. ವಿವರಗಳು: {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'ನಿಮ್ಮ {channel} ಪರಿಶೀಲನೆಯ ವಿನಂತಿ ನಮಗೆ ತಲುಪಿದೆ',
      body: [
        '{date} ರಂದು {time} ಕ್ಕೆ (UTC) ನಿಮ್ಮ {channel} ಪರಿಶೀಲನೆಗಾಗಿ ನೀವು ಮಾಡಿದ ವಿನಂತಿ ನಮಗೆ ತಲುಪಿದೆ.',
        eventLine,
        track,
      ],
      sms: 'ನಿಮ್ಮ {channel} ಪರಿಶೀಲನೆಯ ವಿನಂತಿ ನಮಗೆ ತಲುಪಿದೆ. ಈವೆಂಟ್ ಐಡಿ {eventId}. ಟ್ರ್ಯಾಕ್ ಮಾಡಿ: {trackServiceRequestLink}',
    },
  },
}
