import type { LanguageTemplates } from './types.ts'

const track = 'يمكنك تتبّع هذا الطلب على الرابط: {trackServiceRequestLink}'
const details = 'يمكنك الاطلاع على تفاصيل هذا الطلب على الرابط: {trackServiceRequestLink}'
const eventLine = 'معرّف الحدث: {eventId}'
const notYou = 'إذا لم تقدّم هذا الطلب، يُرجى التواصل مع خدمات المقيمين.'

// `channel` carries the possessive suffix ("بريدك", "هاتفك"), so sentences read "تم التحقق من {channel}".
export const ara: LanguageTemplates = {
  resident: 'المقيم',
  channel: { EMAIL: 'بريدك الإلكتروني', PHONE: 'رقم هاتفك' },
  greeting: 'عزيزي/عزيزتي {name}،',
  footer: 'أُرسلت هذه الرسالة تلقائيًا من خدمات المقيمين. يُرجى عدم الرد عليها.',
  'receive-otp': {
    subject: 'كلمة المرور لمرة واحدة (OTP) الخاصة بك',
    body: [
      'كلمة المرور لمرة واحدة (OTP) الخاصة بك هي {otp}، وهي صالحة لمدة {validity}.',
      'لا تشارك هذا الرمز مع أي شخص أبدًا. لن يطلبه منك موظفو خدمات المقيمين أبدًا.',
      'إذا لم تطلب هذا الرمز، يمكنك تجاهل هذه الرسالة.',
    ],
    sms: 'رمز OTP الخاص بك هو {otp}، صالح لمدة {validity}. لا تشاركه أبدًا؛ لن يطلبه منك موظفو خدمات المقيمين أبدًا.',
  },
  'get-my-uin-card': {
    success: {
      subject: 'تم تنزيل بطاقة UIN الخاصة بك',
      body: [
        'تم تنزيل بطاقة UIN الخاصة بك بتاريخ {date} الساعة {time} (UTC).',
        eventLine,
        track,
        notYou,
      ],
      sms: 'تم تنزيل بطاقة UIN الخاصة بك. معرّف الحدث {eventId}. للتتبّع: {trackServiceRequestLink}',
    },
    failure: {
      subject: 'تعذّر تنزيل بطاقة UIN الخاصة بك',
      body: [
        'تعذّر إتمام طلبك المقدَّم بتاريخ {date} الساعة {time} (UTC) لتنزيل بطاقة UIN. يُرجى المحاولة مرة أخرى لاحقًا.',
        eventLine,
        details,
      ],
      sms: 'تعذّر تنزيل بطاقة UIN الخاصة بك. معرّف الحدث {eventId}. التفاصيل: {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'استلمنا طلبك للحصول على بطاقة UIN',
      body: [
        'استلمنا طلبك المقدَّم بتاريخ {date} الساعة {time} (UTC) للحصول على بطاقة UIN الخاصة بك.',
        eventLine,
        track,
      ],
      sms: 'استلمنا طلبك للحصول على بطاقة UIN. معرّف الحدث {eventId}. للتتبّع: {trackServiceRequestLink}',
    },
  },
  'verify-my-phone-email': {
    success: {
      subject: 'تم التحقق من {channel}',
      body: ['تم التحقق من {channel} بتاريخ {date} الساعة {time} (UTC).', eventLine, track, notYou],
      sms: 'تم التحقق من {channel}. معرّف الحدث {eventId}. للتتبّع: {trackServiceRequestLink}',
    },
    failure: {
      subject: 'تعذّر التحقق من {channel}',
      body: [
        'تعذّر التحقق من {channel} بتاريخ {date} الساعة {time} (UTC). يُرجى المحاولة مرة أخرى.',
        eventLine,
        details,
      ],
      sms: 'تعذّر التحقق من {channel}. معرّف الحدث {eventId}. التفاصيل: {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'استلمنا طلبك للتحقق من {channel}',
      body: [
        'استلمنا طلبك المقدَّم بتاريخ {date} الساعة {time} (UTC) للتحقق من {channel}.',
        eventLine,
        track,
      ],
      sms: 'استلمنا طلبك للتحقق من {channel}. معرّف الحدث {eventId}. للتتبّع: {trackServiceRequestLink}',
    },
  },
}
