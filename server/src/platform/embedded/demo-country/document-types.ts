import type { Template7, Text7 } from './text.ts'

/** What the description of a document type asks of the document. */
type Requirement = 'valid' | 'recent' | 'copy'

const REQUIREMENT: Record<Requirement, Template7<[string]>> = {
  valid: {
    eng: (n) => `${n}; must be valid on the day you apply`,
    fra: (n) => `${n} ; doit être en cours de validité le jour de la demande`,
    spa: (n) => `${n}; debe estar vigente el día de la solicitud`,
    ara: (n) => `${n}: يجب أن تكون الوثيقة سارية يوم تقديم الطلب`,
    hin: (n) => `${n}; आवेदन के दिन मान्य होना चाहिए`,
    kan: (n) => `${n}; ಅರ್ಜಿ ಸಲ್ಲಿಸುವ ದಿನ ಮಾನ್ಯವಾಗಿರಬೇಕು`,
    tam: (n) => `${n}; விண்ணப்பிக்கும் நாளில் செல்லுபடியாக இருக்க வேண்டும்`,
  },
  recent: {
    eng: (n) => `${n}; issued in the last three months`,
    fra: (n) => `${n} ; datant de moins de trois mois`,
    spa: (n) => `${n}; emitido en los últimos tres meses`,
    ara: (n) => `${n}: وثيقة صادرة خلال الأشهر الثلاثة الأخيرة`,
    hin: (n) => `${n}; पिछले तीन महीनों में जारी`,
    kan: (n) => `${n}; ಕಳೆದ ಮೂರು ತಿಂಗಳಲ್ಲಿ ನೀಡಿದ್ದು`,
    tam: (n) => `${n}; கடந்த மூன்று மாதங்களுக்குள் வழங்கப்பட்டது`,
  },
  copy: {
    eng: (n) => `${n}; original or certified copy`,
    fra: (n) => `${n} ; original ou copie certifiée conforme`,
    spa: (n) => `${n}; original o copia certificada`,
    ara: (n) => `${n}: الأصل أو نسخة مصدّقة`,
    hin: (n) => `${n}; मूल या प्रमाणित प्रति`,
    kan: (n) => `${n}; ಮೂಲ ಅಥವಾ ದೃಢೀಕೃತ ಪ್ರತಿ`,
    tam: (n) => `${n}; மூலப் பிரதி அல்லது சான்றளிக்கப்பட்ட நகல்`,
  },
}

interface TypeSpec {
  code: string
  requirement: Requirement
  name: Text7
}

const TYPES: TypeSpec[] = [
  {
    code: 'PASSPORT',
    requirement: 'valid',
    name: {
      eng: 'Passport',
      fra: 'Passeport',
      spa: 'Pasaporte',
      ara: 'جواز السفر',
      hin: 'पासपोर्ट',
      kan: 'ಪಾಸ್ಪೋರ್ಟ್',
      tam: 'கடவுச்சீட்டு',
    },
  },
  {
    code: 'NATIONAL_ID',
    requirement: 'valid',
    name: {
      eng: 'National identity card',
      fra: "Carte nationale d'identité",
      spa: 'Documento nacional de identidad',
      ara: 'بطاقة الهوية الوطنية',
      hin: 'राष्ट्रीय पहचान पत्र',
      kan: 'ರಾಷ್ಟ್ರೀಯ ಗುರುತಿನ ಚೀಟಿ',
      tam: 'தேசிய அடையாள அட்டை',
    },
  },
  {
    code: 'DRIVING_LICENCE',
    requirement: 'valid',
    name: {
      eng: 'Driving licence',
      fra: 'Permis de conduire',
      spa: 'Licencia de conducir',
      ara: 'رخصة القيادة',
      hin: 'ड्राइविंग लाइसेंस',
      kan: 'ಚಾಲನಾ ಪರವಾನಗಿ',
      tam: 'ஓட்டுநர் உரிமம்',
    },
  },
  {
    code: 'VOTER_CARD',
    requirement: 'valid',
    name: {
      eng: 'Voter card',
      fra: "Carte d'électeur",
      spa: 'Credencial de elector',
      ara: 'بطاقة الناخب',
      hin: 'मतदाता पहचान पत्र',
      kan: 'ಮತದಾರರ ಗುರುತಿನ ಚೀಟಿ',
      tam: 'வாக்காளர் அடையாள அட்டை',
    },
  },
  {
    code: 'RENTAL_CONTRACT',
    requirement: 'valid',
    name: {
      eng: 'Rental contract',
      fra: 'Contrat de location',
      spa: 'Contrato de alquiler',
      ara: 'عقد الإيجار',
      hin: 'किराया अनुबंध',
      kan: 'ಬಾಡಿಗೆ ಒಪ್ಪಂದ',
      tam: 'வாடகை ஒப்பந்தம்',
    },
  },
  {
    code: 'UTILITY_BILL',
    requirement: 'recent',
    name: {
      eng: 'Electricity or water bill',
      fra: "Facture d'eau ou d'électricité",
      spa: 'Factura de luz o agua',
      ara: 'فاتورة الماء أو الكهرباء',
      hin: 'बिजली या पानी का बिल',
      kan: 'ವಿದ್ಯುತ್ ಅಥವಾ ನೀರಿನ ಬಿಲ್',
      tam: 'மின்சார அல்லது குடிநீர்க் கட்டணச் சீட்டு',
    },
  },
  {
    code: 'BANK_STATEMENT',
    requirement: 'recent',
    name: {
      eng: 'Bank statement',
      fra: 'Relevé bancaire',
      spa: 'Extracto bancario',
      ara: 'كشف حساب بنكي',
      hin: 'बैंक खाता विवरण',
      kan: 'ಬ್ಯಾಂಕ್ ಖಾತೆ ವಿವರಣೆ',
      tam: 'வங்கிக் கணக்கு அறிக்கை',
    },
  },
  {
    code: 'PROPERTY_TAX',
    requirement: 'recent',
    name: {
      eng: 'Property tax receipt',
      fra: 'Avis de taxe foncière',
      spa: 'Recibo del impuesto predial',
      ara: 'إيصال ضريبة العقار',
      hin: 'संपत्ति कर रसीद',
      kan: 'ಆಸ್ತಿ ತೆರಿಗೆ ರಸೀದಿ',
      tam: 'சொத்து வரி ரசீது',
    },
  },
  {
    code: 'BIRTH_CERTIFICATE',
    requirement: 'copy',
    name: {
      eng: 'Birth certificate',
      fra: 'Acte de naissance',
      spa: 'Acta de nacimiento',
      ara: 'شهادة الميلاد',
      hin: 'जन्म प्रमाणपत्र',
      kan: 'ಜನನ ಪ್ರಮಾಣಪತ್ರ',
      tam: 'பிறப்புச் சான்றிதழ்',
    },
  },
  {
    code: 'SCHOOL_CERTIFICATE',
    requirement: 'copy',
    name: {
      eng: 'School leaving certificate',
      fra: 'Certificat de fin de scolarité',
      spa: 'Certificado de estudios',
      ara: 'شهادة مغادرة المدرسة',
      hin: 'विद्यालय परित्याग प्रमाणपत्र',
      kan: 'ಶಾಲಾ ವರ್ಗಾವಣೆ ಪ್ರಮಾಣಪತ್ರ',
      tam: 'பள்ளி மாற்றுச் சான்றிதழ்',
    },
  },
  {
    code: 'HOSPITAL_RECORD',
    requirement: 'copy',
    name: {
      eng: 'Hospital birth record',
      fra: "Attestation de naissance de l'hôpital",
      spa: 'Constancia de nacimiento del hospital',
      ara: 'سجل الولادة في المستشفى',
      hin: 'अस्पताल का जन्म अभिलेख',
      kan: 'ಆಸ್ಪತ್ರೆಯ ಜನನ ದಾಖಲೆ',
      tam: 'மருத்துவமனைப் பிறப்புப் பதிவு',
    },
  },
  {
    code: 'MARRIAGE_CERTIFICATE',
    requirement: 'copy',
    name: {
      eng: 'Marriage certificate',
      fra: 'Acte de mariage',
      spa: 'Acta de matrimonio',
      ara: 'عقد الزواج',
      hin: 'विवाह प्रमाणपत्र',
      kan: 'ವಿವಾಹ ಪ್ರಮಾಣಪತ್ರ',
      tam: 'திருமணச் சான்றிதழ்',
    },
  },
  {
    code: 'FAMILY_BOOK',
    requirement: 'copy',
    name: {
      eng: 'Family record book',
      fra: 'Livret de famille',
      spa: 'Libro de familia',
      ara: 'دفتر الحالة المدنية',
      hin: 'परिवार रजिस्टर',
      kan: 'ಕುಟುಂಬ ದಾಖಲೆ ಪುಸ್ತಕ',
      tam: 'குடும்பப் பதிவேடு',
    },
  },
  {
    code: 'ADOPTION_ORDER',
    requirement: 'copy',
    name: {
      eng: 'Adoption order',
      fra: "Jugement d'adoption",
      spa: 'Sentencia de adopción',
      ara: 'حكم التبني',
      hin: 'दत्तक ग्रहण आदेश',
      kan: 'ದತ್ತು ಆದೇಶ',
      tam: 'தத்தெடுப்பு ஆணை',
    },
  },
  {
    code: 'GUARDIANSHIP_ORDER',
    requirement: 'copy',
    name: {
      eng: 'Guardianship order',
      fra: 'Jugement de tutelle',
      spa: 'Resolución de tutela',
      ara: 'حكم الوصاية',
      hin: 'संरक्षकता आदेश',
      kan: 'ಪಾಲಕತ್ವ ಆದೇಶ',
      tam: 'பாதுகாவலர் நியமன ஆணை',
    },
  },
  {
    code: 'MEDICAL_CERTIFICATE',
    requirement: 'recent',
    name: {
      eng: 'Medical certificate of exception',
      fra: "Certificat médical d'exemption",
      spa: 'Certificado médico de excepción',
      ara: 'شهادة طبية بالإعفاء',
      hin: 'छूट हेतु चिकित्सा प्रमाणपत्र',
      kan: 'ವಿನಾಯಿತಿಗಾಗಿ ವೈದ್ಯಕೀಯ ಪ್ರಮಾಣಪತ್ರ',
      tam: 'விலக்குக்கான மருத்துவச் சான்றிதழ்',
    },
  },
  {
    code: 'AFFIDAVIT',
    requirement: 'recent',
    name: {
      eng: 'Sworn affidavit',
      fra: 'Déclaration sous serment',
      spa: 'Declaración jurada',
      ara: 'إقرار مشفوع باليمين',
      hin: 'शपथ पत्र',
      kan: 'ಪ್ರಮಾಣವಚನ ಪತ್ರ',
      tam: 'உறுதிமொழிப் பத்திரம்',
    },
  },
  {
    code: 'EXCEPTION_PHOTO',
    requirement: 'recent',
    name: {
      eng: 'Exception photograph',
      fra: "Photographie d'exception",
      spa: 'Fotografía de excepción',
      ara: 'صورة الاستثناء',
      hin: 'अपवाद फ़ोटो',
      kan: 'ವಿನಾಯಿತಿ ಭಾವಚಿತ್ರ',
      tam: 'விதிவிலக்குப் புகைப்படம்',
    },
  },
]

export interface DocumentTypeSpec {
  code: string
  name: Text7
  description: Text7
}

/** Document types with their descriptions written out in every language. */
export const DOCUMENT_TYPES: DocumentTypeSpec[] = TYPES.map((t) => {
  const description = {} as Text7
  for (const lang of Object.keys(t.name) as (keyof Text7)[]) {
    description[lang] = REQUIREMENT[t.requirement][lang](t.name[lang])
  }
  return { code: t.code, name: t.name, description }
})
