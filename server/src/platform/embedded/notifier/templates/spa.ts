import type { LanguageTemplates } from './types.ts'

const track = 'Puede seguir esta solicitud en {trackServiceRequestLink}'
const details = 'Puede consultar los detalles de esta solicitud en {trackServiceRequestLink}'
const eventLine = 'ID del evento: {eventId}'
const notYou =
  'Si no ha realizado esta solicitud, póngase en contacto con los Servicios para Residentes.'

export const spa: LanguageTemplates = {
  resident: 'Residente',
  channel: { EMAIL: 'dirección de correo electrónico', PHONE: 'número de teléfono' },
  greeting: 'Estimado/a {name}:',
  footer:
    'Este mensaje se ha enviado automáticamente desde los Servicios para Residentes. Por favor, no responda a él.',
  'receive-otp': {
    subject: 'Su contraseña de un solo uso (OTP)',
    body: [
      'Su contraseña de un solo uso (OTP) es {otp}. Es válida durante {validity}.',
      'No comparta nunca este código con nadie. El personal de los Servicios para Residentes nunca se lo pedirá.',
      'Si no ha solicitado este código, puede ignorar este mensaje.',
    ],
    sms: 'Su código OTP es {otp}, válido durante {validity}. No lo comparta nunca: el personal de los Servicios para Residentes nunca se lo pedirá.',
  },
  'get-my-uin-card': {
    success: {
      subject: 'Su tarjeta UIN se ha descargado',
      body: ['Su tarjeta UIN se descargó el {date} a las {time} (UTC).', eventLine, track, notYou],
      sms: 'Su tarjeta UIN se ha descargado. Evento {eventId}. Seguimiento: {trackServiceRequestLink}',
    },
    failure: {
      subject: 'No se pudo descargar su tarjeta UIN',
      body: [
        'Su solicitud del {date} a las {time} (UTC) para descargar su tarjeta UIN no se pudo completar. Inténtelo de nuevo más tarde.',
        eventLine,
        details,
      ],
      sms: 'No se pudo descargar su tarjeta UIN. Evento {eventId}. Detalles: {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'Hemos recibido su solicitud de tarjeta UIN',
      body: [
        'Hemos recibido su solicitud del {date} a las {time} (UTC) para obtener su tarjeta UIN.',
        eventLine,
        track,
      ],
      sms: 'Hemos recibido su solicitud de tarjeta UIN. Evento {eventId}. Seguimiento: {trackServiceRequestLink}',
    },
  },
  'verify-my-phone-email': {
    success: {
      subject: 'Se ha verificado su {channel}',
      body: [
        'Su {channel} se verificó correctamente el {date} a las {time} (UTC).',
        eventLine,
        track,
        notYou,
      ],
      sms: 'Se ha verificado su {channel}. Evento {eventId}. Seguimiento: {trackServiceRequestLink}',
    },
    failure: {
      subject: 'No se pudo verificar su {channel}',
      body: [
        'No se pudo verificar su {channel} el {date} a las {time} (UTC). Inténtelo de nuevo.',
        eventLine,
        details,
      ],
      sms: 'No se pudo verificar su {channel}. Evento {eventId}. Detalles: {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'Hemos recibido su solicitud para verificar su {channel}',
      body: [
        'Hemos recibido su solicitud del {date} a las {time} (UTC) para verificar su {channel}.',
        eventLine,
        track,
      ],
      sms: 'Hemos recibido su solicitud para verificar su {channel}. Evento {eventId}. Seguimiento: {trackServiceRequestLink}',
    },
  },
}
