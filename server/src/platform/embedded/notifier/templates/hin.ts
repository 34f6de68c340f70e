import type { LanguageTemplates } from './types.ts'

const track = 'आप इस अनुरोध को यहाँ ट्रैक कर सकते हैं: {trackServiceRequestLink}'
const details = 'इस अनुरोध का विवरण यहाँ देखें: {trackServiceRequestLink}'
const eventLine = 'इवेंट आईडी: {eventId}'
const notYou = 'यदि यह अनुरोध आपने नहीं किया है, तो कृपया निवासी सेवाओं से संपर्क करें।'

// `channel` is in the oblique case ("ईमेल पते"), as it always follows "आपके … का/के".
export const hin: LanguageTemplates = {
  resident: 'निवासी',
  channel: { EMAIL: 'ईमेल पते', PHONE: 'फ़ोन नंबर' },
  greeting: 'प्रिय {name},',
  footer: 'यह संदेश निवासी सेवाओं द्वारा स्वचालित रूप से भेजा गया है। कृपया इसका उत्तर न दें।',
  'receive-otp': {
    subject: 'आपका वन-टाइम पासवर्ड (OTP)',
    body: [
      'आपका वन-टाइम पासवर्ड (OTP) {otp} है। यह {validity} तक मान्य है।',
      'यह कोड कभी किसी के साथ साझा न करें। निवासी सेवाओं के कर्मचारी आपसे यह कभी नहीं माँगेंगे।',
      'यदि आपने यह कोड नहीं माँगा है, तो इस संदेश को अनदेखा करें।',
    ],
    sms: 'आपका OTP {otp} है, जो {validity} तक मान्य है। इसे कभी साझा न करें: निवासी सेवाओं के कर्मचारी इसे कभी नहीं माँगेंगे।',
  },
  'get-my-uin-card': {
    success: {
      subject: 'आपका UIN कार्ड डाउनलोड हो गया है',
      body: ['आपका UIN कार्ड {date} को {time} बजे (UTC) डाउनलोड किया गया।', eventLine, track, notYou],
      sms: 'आपका UIN कार्ड डाउनलोड हो गया है। इवेंट आईडी {eventId}। ट्रैक करें: {trackServiceRequestLink}',
    },
    failure: {
      subject: 'आपका UIN कार्ड डाउनलोड नहीं हो सका',
      body: [
        '{date} को {time} बजे (UTC) आपके UIN कार्ड को डाउनलोड करने का अनुरोध पूरा नहीं हो सका। कृपया बाद में फिर से प्रयास करें।',
        eventLine,
        details,
      ],
      sms: 'आपका UIN कार्ड डाउनलोड नहीं हो सका। इवेंट आईडी {eventId}। विवरण: {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'हमें आपके UIN कार्ड का अनुरोध मिल गया है',
      body: [
        'हमें {date} को {time} बजे (UTC) आपका UIN कार्ड प्राप्त करने का अनुरोध मिल गया है।',
        eventLine,
        track,
      ],
      sms: 'हमें आपके UIN कार्ड का अनुरोध मिल गया है। इवेंट आईडी {eventId}। ट्रैक करें: {trackServiceRequestLink}',
    },
  },
  'verify-my-phone-email': {
    success: {
      subject: 'आपके {channel} का सत्यापन हो गया है',
      body: [
        'आपके {channel} का सत्यापन {date} को {time} बजे (UTC) सफलतापूर्वक हो गया।',
        eventLine,
        track,
        notYou,
      ],
      sms: 'आपके {channel} का सत्यापन हो गया है। इवेंट आईडी {eventId}। ट्रैक करें: {trackServiceRequestLink}',
    },
    failure: {
      subject: 'आपके {channel} का सत्यापन नहीं हो सका',
      body: [
        '{date} को {time} बजे (UTC) आपके {channel} का सत्यापन नहीं हो सका। कृपया फिर से प्रयास करें।',
        eventLine,
        details,
      ],
      sms: 'आपके {channel} का सत्यापन नहीं हो सका। इवेंट आईडी {eventId}। विवरण: {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'हमें आपके {channel} के सत्यापन का अनुरोध मिल गया है',
      body: [
        'हमें {date} को {time} बजे (UTC) आपके {channel} के सत्यापन का अनुरोध मिल गया है।',
        eventLine,
        track,
      ],
      sms: 'हमें आपके {channel} के सत्यापन का अनुरोध मिल गया है। इवेंट आईडी {eventId}। ट्रैक करें: {trackServiceRequestLink}',
    },
  },
}
