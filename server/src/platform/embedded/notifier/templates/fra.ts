import type { LanguageTemplates } from './types.ts'

const track = 'Vous pouvez suivre cette demande ici : {trackServiceRequestLink}'
const details = 'Vous pouvez consulter le détail de cette demande ici : {trackServiceRequestLink}'
const eventLine = 'Identifiant de l’événement : {eventId}'
const notYou =
  'Si vous n’êtes pas à l’origine de cette demande, veuillez contacter les Services aux résidents.'

// "La vérification de votre {channel}" keeps the sentence correct for both genders of the noun.
export const fra: LanguageTemplates = {
  resident: 'Résident',
  channel: { EMAIL: 'adresse e-mail', PHONE: 'numéro de téléphone' },
  greeting: 'Bonjour {name},',
  footer:
    'Ce message a été envoyé automatiquement par les Services aux résidents. Merci de ne pas y répondre.',
  'receive-otp': {
    subject: 'Votre mot de passe à usage unique (OTP)',
    body: [
      'Votre mot de passe à usage unique (OTP) est {otp}. Il est valable {validity}.',
      'Ne communiquez jamais ce code à personne. Le personnel des Services aux résidents ne vous le demandera jamais.',
      'Si vous n’avez pas demandé ce code, vous pouvez ignorer ce message.',
    ],
    sms: 'Votre OTP est {otp}, valable {validity}. Ne le communiquez jamais : les Services aux résidents ne vous le demanderont jamais.',
  },
  'get-my-uin-card': {
    success: {
      subject: 'Votre carte UIN a été téléchargée',
      body: [
        'Votre carte UIN a été téléchargée le {date} à {time} (UTC).',
        eventLine,
        track,
        notYou,
      ],
      sms: 'Votre carte UIN a été téléchargée. Événement {eventId}. Suivi : {trackServiceRequestLink}',
    },
    failure: {
      subject: 'Votre carte UIN n’a pas pu être téléchargée',
      body: [
        'Votre demande du {date} à {time} (UTC) pour télécharger votre carte UIN n’a pas pu aboutir. Veuillez réessayer plus tard.',
        eventLine,
        details,
      ],
      sms: 'Votre carte UIN n’a pas pu être téléchargée. Événement {eventId}. Détails : {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'Nous avons reçu votre demande de carte UIN',
      body: [
        'Nous avons reçu votre demande du {date} à {time} (UTC) pour obtenir votre carte UIN.',
        eventLine,
        track,
      ],
      sms: 'Nous avons reçu votre demande de carte UIN. Événement {eventId}. Suivi : {trackServiceRequestLink}',
    },
  },
  'verify-my-phone-email': {
    success: {
      subject: 'Vérification de votre {channel} réussie',
      body: [
        'La vérification de votre {channel} a réussi le {date} à {time} (UTC).',
        eventLine,
        track,
        notYou,
      ],
      sms: 'La vérification de votre {channel} a réussi. Événement {eventId}. Suivi : {trackServiceRequestLink}',
    },
    failure: {
      subject: 'Échec de la vérification de votre {channel}',
      body: [
        'La vérification de votre {channel} du {date} à {time} (UTC) a échoué. Veuillez réessayer.',
        eventLine,
        details,
      ],
      sms: 'La vérification de votre {channel} a échoué. Événement {eventId}. Détails : {trackServiceRequestLink}',
    },
    'request-received': {
      subject: 'Demande de vérification de votre {channel} reçue',
      body: [
        'Nous avons reçu votre demande du {date} à {time} (UTC) pour vérifier votre {channel}.',
        eventLine,
        track,
      ],
      sms: 'Nous avons reçu votre demande de vérification de votre {channel}. Événement {eventId}. Suivi : {trackServiceRequestLink}',
    },
  },
}
