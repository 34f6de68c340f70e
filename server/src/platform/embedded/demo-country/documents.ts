import type { Text7 } from './text.ts'

export interface CategorySpec {
  code: string
  name: Text7
  description: Text7
  /** Document types accepted for this category, in the order listed. */
  types: string[]
}

export const DOCUMENT_CATEGORIES: CategorySpec[] = [
  {
    code: 'POI',
    name: {
      eng: 'Proof of Identity',
      fra: "Justificatif d'identité",
      spa: 'Prueba de identidad',
      ara: 'إثبات الهوية',
      hin: 'पहचान का प्रमाण',
      kan: 'ಗುರುತಿನ ಪುರಾವೆ',
      tam: 'அடையாளச் சான்று',
    },
    description: {
      eng: 'A document that shows who you are',
      fra: 'Document qui prouve votre identité',
      spa: 'Documento que demuestra quién es usted',
      ara: 'وثيقة تثبت هويتك',
      hin: 'ऐसा दस्तावेज़ जो आपकी पहचान साबित करे',
      kan: 'ನಿಮ್ಮ ಗುರುತನ್ನು ಸಾಬೀತುಪಡಿಸುವ ದಾಖಲೆ',
      tam: 'உங்கள் அடையாளத்தை நிரூபிக்கும் ஆவணம்',
    },
    types: ['PASSPORT', 'NATIONAL_ID', 'DRIVING_LICENCE', 'VOTER_CARD'],
  },
  {
    code: 'POA',
    name: {
      eng: 'Proof of Address',
      fra: 'Justificatif de domicile',
      spa: 'Comprobante de domicilio',
      ara: 'إثبات العنوان',
      hin: 'पते का प्रमाण',
      kan: 'ವಿಳಾಸದ ಪುರಾವೆ',
      tam: 'முகவரிச் சான்று',
    },
    description: {
      eng: 'A document that shows where you live',
      fra: 'Document qui prouve votre adresse',
      spa: 'Documento que demuestra dónde vive',
      ara: 'وثيقة تثبت عنوان سكنك',
      hin: 'ऐसा दस्तावेज़ जो आपका पता साबित करे',
      kan: 'ನಿಮ್ಮ ವಿಳಾಸವನ್ನು ಸಾಬೀತುಪಡಿಸುವ ದಾಖಲೆ',
      tam: 'உங்கள் முகவரியை நிரூபிக்கும் ஆவணம்',
    },
    types: [
      'NATIONAL_ID',
      'RENTAL_CONTRACT',
      'UTILITY_BILL',
      'BANK_STATEMENT',
      'PROPERTY_TAX',
      'VOTER_CARD',
    ],
  },
  {
    code: 'POB',
    name: {
      eng: 'Proof of Birth',
      fra: 'Justificatif de naissance',
      spa: 'Prueba de nacimiento',
      ara: 'إثبات الميلاد',
      hin: 'जन्म का प्रमाण',
      kan: 'ಜನನದ ಪುರಾವೆ',
      tam: 'பிறப்புச் சான்று',
    },
    description: {
      eng: 'A document that shows your date and place of birth',
      fra: 'Document qui prouve votre date et votre lieu de naissance',
      spa: 'Documento que demuestra su fecha y lugar de nacimiento',
      ara: 'وثيقة تثبت تاريخ ومكان ميلادك',
      hin: 'ऐसा दस्तावेज़ जो आपकी जन्म तिथि और जन्म स्थान साबित करे',
      kan: 'ನಿಮ್ಮ ಜನ್ಮ ದಿನಾಂಕ ಮತ್ತು ಸ್ಥಳವನ್ನು ಸಾಬೀತುಪಡಿಸುವ ದಾಖಲೆ',
      tam: 'உங்கள் பிறந்த தேதியையும் இடத்தையும் நிரூபிக்கும் ஆவணம்',
    },
    types: ['BIRTH_CERTIFICATE', 'PASSPORT', 'SCHOOL_CERTIFICATE', 'HOSPITAL_RECORD'],
  },
  {
    code: 'POR',
    name: {
      eng: 'Proof of Relationship',
      fra: 'Justificatif de lien de parenté',
      spa: 'Prueba de parentesco',
      ara: 'إثبات صلة القرابة',
      hin: 'संबंध का प्रमाण',
      kan: 'ಸಂಬಂಧದ ಪುರಾವೆ',
      tam: 'உறவுமுறைச் சான்று',
    },
    description: {
      eng: 'A document that shows how you are related to another person',
      fra: 'Document qui prouve votre lien avec une autre personne',
      spa: 'Documento que demuestra su parentesco con otra persona',
      ara: 'وثيقة تثبت صلة قرابتك بشخص آخر',
      hin: 'ऐसा दस्तावेज़ जो किसी अन्य व्यक्ति से आपका संबंध साबित करे',
      kan: 'ಇನ್ನೊಬ್ಬ ವ್ಯಕ್ತಿಯೊಂದಿಗಿನ ನಿಮ್ಮ ಸಂಬಂಧವನ್ನು ಸಾಬೀತುಪಡಿಸುವ ದಾಖಲೆ',
      tam: 'மற்றொருவருடனான உங்கள் உறவை நிரூபிக்கும் ஆவணம்',
    },
    types: [
      'BIRTH_CERTIFICATE',
      'MARRIAGE_CERTIFICATE',
      'FAMILY_BOOK',
      'ADOPTION_ORDER',
      'GUARDIANSHIP_ORDER',
    ],
  },
  {
    code: 'POE',
    name: {
      eng: 'Proof of Exception',
      fra: "Justificatif d'exception",
      spa: 'Prueba de excepción',
      ara: 'إثبات الاستثناء',
      hin: 'अपवाद का प्रमाण',
      kan: 'ವಿನಾಯಿತಿಯ ಪುರಾವೆ',
      tam: 'விதிவிலக்குச் சான்று',
    },
    description: {
      eng: 'A document that explains why a biometric cannot be captured',
      fra: 'Document qui explique pourquoi une donnée biométrique ne peut pas être relevée',
      spa: 'Documento que explica por qué no se puede capturar un dato biométrico',
      ara: 'وثيقة توضح سبب تعذّر أخذ بيانات بيومترية',
      hin: 'ऐसा दस्तावेज़ जो बताए कि कोई बायोमेट्रिक क्यों नहीं लिया जा सकता',
      kan: 'ಬಯೋಮೆಟ್ರಿಕ್ ಅನ್ನು ಏಕೆ ಸಂಗ್ರಹಿಸಲು ಸಾಧ್ಯವಿಲ್ಲ ಎಂಬುದನ್ನು ವಿವರಿಸುವ ದಾಖಲೆ',
      tam: 'பயோமெட்ரிக் தரவை ஏன் பதிவு செய்ய முடியாது என்பதை விளக்கும் ஆவணம்',
    },
    types: ['MEDICAL_CERTIFICATE', 'AFFIDAVIT', 'EXCEPTION_PHOTO'],
  },
]
