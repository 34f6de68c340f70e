import type { LangCode } from '../config.ts'
import { isolateLtr as ltr } from '../pdf/index.ts'

/**
 * Words printed on a UIN card, in the seven languages (a missing key fails the type check).
 * Kept beside the card rather than in pdf/labels.ts, whose one interface every document shares.
 * "UIN" stays as the acronym in every language, as the portal and MOSIP write it.
 */
export interface CardLabels {
  /** The PDF's title (header and document properties). */
  documentTitle: string
  /** Printed on the card's band. */
  cardTitle: string
  /** Band of the back, next to the QR code. */
  backTitle: string
  intro: string
  name: string
  gender: string
  dateOfBirth: string
  address: string
  uin: string
  issued: string
  noPhoto: string
  scan: string
  contents: string
  verifyAt(url: string): string
  keyId: string
}

const eng: CardLabels = {
  documentTitle: 'UIN card',
  cardTitle: 'National Identity Card',
  backTitle: 'Verification',
  intro: 'Your electronic UIN card. You can print it and cut out both sides along the outlines.',
  name: 'Name',
  gender: 'Gender',
  dateOfBirth: 'Date of birth',
  address: 'Address',
  uin: 'UIN',
  issued: 'Date of issue',
  noPhoto: 'No photo',
  scan: 'Scan the QR code to check that this card is genuine.',
  contents:
    'It holds the name, gender, date of birth and UIN, signed by the issuer. It holds no photo.',
  verifyAt: (url) => `Verify at ${ltr(url)}`,
  keyId: 'Signing key ID',
}

const fra: CardLabels = {
  documentTitle: 'Carte UIN',
  cardTitle: "Carte nationale d'identité",
  backTitle: 'Vérification',
  intro:
    "Votre carte UIN électronique. Vous pouvez l'imprimer et découper les deux faces en suivant les contours.",
  name: 'Nom',
  gender: 'Sexe',
  dateOfBirth: 'Date de naissance',
  address: 'Adresse',
  uin: 'UIN',
  issued: 'Date de délivrance',
  noPhoto: 'Pas de photo',
  scan: "Scannez le code QR pour vérifier l'authenticité de cette carte.",
  contents:
    "Il contient le nom, le sexe, la date de naissance et l'UIN, signés par l'émetteur. Il ne contient aucune photo.",
  verifyAt: (url) => `Vérification sur ${ltr(url)}`,
  keyId: 'Identifiant de la clé de signature',
}

const spa: CardLabels = {
  documentTitle: 'Tarjeta UIN',
  cardTitle: 'Documento Nacional de Identidad',
  backTitle: 'Verificación',
  intro:
    'Su tarjeta UIN electrónica. Puede imprimirla y recortar ambas caras siguiendo los contornos.',
  name: 'Nombre',
  gender: 'Sexo',
  dateOfBirth: 'Fecha de nacimiento',
  address: 'Dirección',
  uin: 'UIN',
  issued: 'Fecha de expedición',
  noPhoto: 'Sin foto',
  scan: 'Escanee el código QR para comprobar que esta tarjeta es auténtica.',
  contents:
    'Contiene el nombre, el sexo, la fecha de nacimiento y el UIN, firmados por el emisor. No contiene ninguna foto.',
  verifyAt: (url) => `Verifíquela en ${ltr(url)}`,
  keyId: 'ID de la clave de firma',
}

const ara: CardLabels = {
  documentTitle: 'بطاقة UIN',
  cardTitle: 'بطاقة الهوية الوطنية',
  backTitle: 'التحقق',
  intro: 'بطاقة UIN الإلكترونية الخاصة بك. يمكنك طباعتها وقصّ وجهيها على طول الحواف.',
  name: 'الاسم',
  gender: 'الجنس',
  dateOfBirth: 'تاريخ الميلاد',
  address: 'العنوان',
  uin: 'رقم UIN',
  issued: 'تاريخ الإصدار',
  noPhoto: 'لا توجد صورة',
  scan: 'امسح رمز QR للتحقق من صحة هذه البطاقة.',
  contents:
    'يتضمن الاسم والجنس وتاريخ الميلاد ورقم UIN، موقّعةً من الجهة المُصدِرة. ولا يتضمن أي صورة.',
  verifyAt: (url) => `تحقّق عبر ${ltr(url)}`,
  keyId: 'معرّف مفتاح التوقيع',
}

const hin: CardLabels = {
  documentTitle: 'UIN कार्ड',
  cardTitle: 'राष्ट्रीय पहचान पत्र',
  backTitle: 'सत्यापन',
  intro: 'आपका इलेक्ट्रॉनिक UIN कार्ड। आप इसे छापकर दोनों तरफ़ किनारों के साथ काट सकते हैं।',
  name: 'नाम',
  gender: 'लिंग',
  dateOfBirth: 'जन्म तिथि',
  address: 'पता',
  uin: 'UIN',
  issued: 'जारी करने की तिथि',
  noPhoto: 'फ़ोटो नहीं है',
  scan: 'यह कार्ड असली है, यह जाँचने के लिए QR कोड स्कैन करें।',
  contents: 'इसमें नाम, लिंग, जन्म तिथि और UIN हैं, जिन पर जारीकर्ता के हस्ताक्षर हैं। इसमें कोई फ़ोटो नहीं है।',
  verifyAt: (url) => `${ltr(url)} पर सत्यापित करें`,
  keyId: 'हस्ताक्षर कुंजी ID',
}

const kan: CardLabels = {
  documentTitle: 'UIN ಕಾರ್ಡ್',
  cardTitle: 'ರಾಷ್ಟ್ರೀಯ ಗುರುತಿನ ಚೀಟಿ',
  backTitle: 'ಪರಿಶೀಲನೆ',
  intro: 'ನಿಮ್ಮ ಎಲೆಕ್ಟ್ರಾನಿಕ್ UIN ಕಾರ್ಡ್. ಇದನ್ನು ಮುದ್ರಿಸಿ, ಎರಡೂ ಬದಿಗಳನ್ನು ಅಂಚುಗಳ ಉದ್ದಕ್ಕೂ ಕತ್ತರಿಸಬಹುದು.',
  name: 'ಹೆಸರು',
  gender: 'ಲಿಂಗ',
  dateOfBirth: 'ಹುಟ್ಟಿದ ದಿನಾಂಕ',
  address: 'ವಿಳಾಸ',
  uin: 'UIN',
  issued: 'ನೀಡಿದ ದಿನಾಂಕ',
  noPhoto: 'ಫೋಟೋ ಇಲ್ಲ',
  scan: 'ಈ ಕಾರ್ಡ್ ಅಸಲಿ ಎಂದು ಪರಿಶೀಲಿಸಲು QR ಕೋಡ್ ಸ್ಕ್ಯಾನ್ ಮಾಡಿ.',
  contents: 'ಇದು ನೀಡುವವರು ಸಹಿ ಮಾಡಿದ ಹೆಸರು, ಲಿಂಗ, ಹುಟ್ಟಿದ ದಿನಾಂಕ ಮತ್ತು UIN ಅನ್ನು ಹೊಂದಿದೆ. ಇದರಲ್ಲಿ ಯಾವುದೇ ಫೋಟೋ ಇಲ್ಲ.',
  verifyAt: (url) => `${ltr(url)} ನಲ್ಲಿ ಪರಿಶೀಲಿಸಿ`,
  keyId: 'ಸಹಿ ಕೀಲಿಯ ID',
}

const tam: CardLabels = {
  documentTitle: 'UIN அட்டை',
  cardTitle: 'தேசிய அடையாள அட்டை',
  backTitle: 'சரிபார்ப்பு',
  intro: 'உங்கள் மின்னணு UIN அட்டை. இதை அச்சிட்டு, இரு பக்கங்களையும் ஓரக் கோடுகளின் வழியே வெட்டிக்கொள்ளலாம்.',
  name: 'பெயர்',
  gender: 'பாலினம்',
  dateOfBirth: 'பிறந்த தேதி',
  address: 'முகவரி',
  uin: 'UIN',
  issued: 'வழங்கிய தேதி',
  noPhoto: 'புகைப்படம் இல்லை',
  scan: 'இந்த அட்டை உண்மையானதா எனச் சரிபார்க்க QR குறியீட்டை ஸ்கேன் செய்யுங்கள்.',
  contents:
    'இதில் வழங்குநர் கையொப்பமிட்ட பெயர், பாலினம், பிறந்த தேதி, UIN ஆகியவை உள்ளன. புகைப்படம் எதுவும் இல்லை.',
  verifyAt: (url) => `${ltr(url)} இல் சரிபார்க்கவும்`,
  keyId: 'கையொப்ப விசை ID',
}

export const CARD_LABELS: Record<LangCode, CardLabels> = { eng, fra, spa, ara, hin, kan, tam }

/** The card labels of a language (English when the code is not one of ours). */
export function cardLabels(lang: string): CardLabels {
  return CARD_LABELS[lang as LangCode] ?? eng
}
