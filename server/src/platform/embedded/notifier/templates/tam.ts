import type { LanguageTemplates } from './types.ts'

const track = 'இந்தக் கோரிக்கையை இங்கே கண்காணிக்கலாம்: {trackServiceRequestLink}'
const details = 'இந்தக் கோரிக்கையின் விவரங்களை இங்கே பார்க்கலாம்: {trackServiceRequestLink}'
const eventLine = 'நிகழ்வு ஐடி: {eventId}'
const notYou = 'இந்தக் கோரிக்கையை நீங்கள் செய்யவில்லை என்றால், குடியிருப்பாளர் சேவைகளைத் தொடர்பு கொள்ளவும்.'

// `{validity}` stands after a colon so the localised duration needs no case ending.
export const tam: LanguageTemplates = {
  resident: 'குடியிருப்பாளர்',
  channel: { EMAIL: 'மின்னஞ்சல் முகவரி', PHONE: 'தொலைபேசி எண்' },
  greeting: 'அன்புள்ள {name},',
  footer: 'இந்தச் செய்தி குடியிருப்பாளர் சேவைகளால் தானாக அனுப்பப்பட்டது. இதற்குப் பதிலளிக்க வேண்டாம்.',
  'receive-otp': {
    subject: 'உங்கள் ஒருமுறை கடவுச்சொல் (OTP)',
    body: [
      'உங்கள் ஒருமுறை கடவுச்சொல் (OTP): {otp}. செல்லுபடி காலம்: {validity}.',
      'இந்தக் குறியீட்டை ஒருபோதும் யாருடனும் பகிர வேண்டாம். குடியிருப்பாளர் சேவைகள் ஊழியர்கள் இதை உங்களிடம் ஒருபோதும் கேட்க மாட்டார்கள்.',
      'இந்தக் குறியீட்டை நீங்கள் கோரவில்லை என்றால், இந்தச் செய்தியைப் புறக்கணிக்கலாம்.',
    ],
    sms: 'உங்கள் OTP: {otp}. செல்லுபடி காலம்: {validity}. இதை யாருடனும் பகிர வேண்டாம்; குடியிருப்பாளர் சேவைகள் ஊழியர்கள் இதை ஒருபோதும் கேட்க மாட்டார்கள்.',
  },
  'get-my-uin-card': {
    success: {
      subject: 'உங்கள் UIN அட்டை பதிவிறக்கம் செய்யப்பட்டது',
      body: [
        'உங்கள் UIN அட்டை {date} அன்று {time} மணிக்கு (UTC) பதிவிறக்கம் செய்யப்பட்டது.',
        eventLine,
        track,
        notYou,
      ],
      sms: 'உங்கள் UIN அட்டை பதிவிறக்கம் செய்யப்பட்டது. நிகழ்வு ஐடி {eventId}. கண்காணிக்க: {trackServiceRequestLink}',
    },
    failure: {
      subject: 'உங்கள் UIN அட்டையைப் பதிவிறக்க முடியவில்லை',
      body: [
        '{date} அன்று {time} மணிக்கு (UTC) உங்கள் UIN அட்டையைப் பதிவிறக்குவதற்கான கோரிக்கையை முடிக்க முடியவில்லை. பின்னர் மீண்டும் முயற்சிக்கவும்.',
        eventLine,
        details,
      ],
      sms: 'உங்கள் UIN அட்டையைப் பதிவிறக்க முடியவில்லை. நிகழ்வு ஐடி {eventId}. விவரங்கள்: {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'உங்கள் UIN அட்டைக் கோரிக்கை எங்களுக்குக் கிடைத்தது',
      body: [
        '{date} அன்று {time} மணிக்கு (UTC) உங்கள் UIN அட்டையைப் பெறுவதற்கான உங்கள் கோரிக்கை எங்களுக்குக் கிடைத்தது.',
        eventLine,
        track,
      ],
      sms: 'உங்கள் UIN அட்டைக் கோரிக்கை எங்களுக்குக் கிடைத்தது. நிகழ்வு ஐடி {eventId}. கண்காணிக்க: {trackServiceRequestLink}',
    },
  },
  'verify-my-phone-email': {
    success: {
      subject: 'உங்கள் {channel} சரிபார்க்கப்பட்டது',
      body: [
        'உங்கள் {channel} {date} அன்று {time} மணிக்கு (UTC) வெற்றிகரமாகச் சரிபார்க்கப்பட்டது.',
        eventLine,
        track,
        notYou,
      ],
      sms: 'உங்கள் {channel} சரிபார்க்கப்பட்டது. நிகழ்வு ஐடி {eventId}. கண்காணிக்க: {trackServiceRequestLink}',
    },
    failure: {
      subject: 'உங்கள் {channel} சரிபார்ப்பு தோல்வியடைந்தது',
      body: [
        '{date} அன்று {time} மணிக்கு (UTC) உங்கள் {channel} சரிபார்ப்பு தோல்வியடைந்தது. மீண்டும் முயற்சிக்கவும்.',
        eventLine,
        details,
      ],
      sms: 'உங்கள் {channel} சரிபார்ப்பு தோல்வியடைந்தது. நிகழ்வு ஐடி {eventId}. விவரங்கள்: {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'உங்கள் {channel} சரிபார்ப்புக் கோரிக்கை எங்களுக்குக் கிடைத்தது',
      body: [
        '{date} அன்று {time} மணிக்கு (UTC) உங்கள் {channel} சரிபார்ப்புக்கான கோரிக்கை எங்களுக்குக் கிடைத்தது.',
        eventLine,
        track,
      ],
      sms: 'உங்கள் {channel} சரிபார்ப்புக் கோரிக்கை எங்களுக்குக் கிடைத்தது. நிகழ்வு ஐடி {eventId}. கண்காணிக்க: {trackServiceRequestLink}',
    },
  },
}
