import type { Spelling, Text7 } from './text.ts'

/** Location hierarchy levels 0–5 and their names. */
export const LEVEL_NAMES: Text7[] = [
  {
    eng: 'Country',
    fra: 'Pays',
    spa: 'País',
    ara: 'الدولة',
    hin: 'देश',
    kan: 'ದೇಶ',
    tam: 'நாடு',
  },
  {
    eng: 'Region',
    fra: 'Région',
    spa: 'Región',
    ara: 'الجهة',
    hin: 'क्षेत्र',
    kan: 'ಪ್ರದೇಶ',
    tam: 'பிராந்தியம்',
  },
  {
    eng: 'Province',
    fra: 'Province',
    spa: 'Provincia',
    ara: 'الإقليم',
    hin: 'प्रांत',
    kan: 'ಪ್ರಾಂತ್ಯ',
    tam: 'மாகாணம்',
  },
  {
    eng: 'City',
    fra: 'Ville',
    spa: 'Ciudad',
    ara: 'المدينة',
    hin: 'शहर',
    kan: 'ನಗರ',
    tam: 'நகரம்',
  },
  {
    eng: 'Zone',
    fra: 'Zone',
    spa: 'Zona',
    ara: 'المنطقة',
    hin: 'ज़ोन',
    kan: 'ವಲಯ',
    tam: 'மண்டலம்',
  },
  {
    eng: 'Postal Code',
    fra: 'Code postal',
    spa: 'Código postal',
    ara: 'الرمز البريدي',
    hin: 'डाक कोड',
    kan: 'ಅಂಚೆ ಸಂಕೇತ',
    tam: 'அஞ்சல் குறியீடு',
  },
]

export const COUNTRY_CODE = 'NDR'

export const COUNTRY_NAME: Text7 = {
  eng: 'Republic of Nandira',
  fra: 'République de Nandira',
  spa: 'República de Nandira',
  ara: 'جمهورية نانديرا',
  hin: 'नन्दिरा गणराज्य',
  kan: 'ನಂದಿರಾ ಗಣರಾಜ್ಯ',
  tam: 'நந்திரா குடியரசு',
}

/** The four regions, each with the box of coordinates its provinces and cities lie in. */
export interface RegionSpec {
  name: Text7
  lat: [number, number]
  lon: [number, number]
}

export const REGIONS: RegionSpec[] = [
  {
    name: {
      eng: 'Northern Coast',
      fra: 'Côte du Nord',
      spa: 'Costa Norte',
      ara: 'الساحل الشمالي',
      hin: 'उत्तरी तट',
      kan: 'ಉತ್ತರ ಕರಾವಳಿ',
      tam: 'வடக்குக் கடற்கரை',
    },
    lat: [12, 14],
    lon: [20, 30],
  },
  {
    name: {
      eng: 'Eastern Highlands',
      fra: "Hauts Plateaux de l'Est",
      spa: 'Altiplano Oriental',
      ara: 'المرتفعات الشرقية',
      hin: 'पूर्वी पठार',
      kan: 'ಪೂರ್ವ ಪ್ರಸ್ಥಭೂಮಿ',
      tam: 'கிழக்கு மேட்டுநிலம்',
    },
    lat: [10, 12],
    lon: [25, 30],
  },
  {
    name: {
      eng: 'Southern Plains',
      fra: 'Plaines du Sud',
      spa: 'Llanuras del Sur',
      ara: 'السهول الجنوبية',
      hin: 'दक्षिणी मैदान',
      kan: 'ದಕ್ಷಿಣ ಬಯಲು ಸೀಮೆ',
      tam: 'தெற்குச் சமவெளி',
    },
    lat: [8, 10],
    lon: [20, 30],
  },
  {
    name: {
      eng: 'Western Valley',
      fra: "Vallée de l'Ouest",
      spa: 'Valle Occidental',
      ara: 'الوادي الغربي',
      hin: 'पश्चिमी घाटी',
      kan: 'ಪಶ್ಚಿಮ ಕಣಿವೆ',
      tam: 'மேற்குப் பள்ளத்தாக்கு',
    },
    lat: [10, 12],
    lon: [20, 25],
  },
]

/** First parts of generated place names (vowel-final, so every suffix attaches cleanly). */
export const STEMS: Spelling[] = [
  { lat: 'Kali', deva: 'काली', knda: 'ಕಾಳಿ', taml: 'காளி', arab: 'كالي' },
  { lat: 'Chandra', deva: 'चन्द्र', knda: 'ಚಂದ್ರ', taml: 'சந்திர', arab: 'تشاندرا' },
  { lat: 'Indra', deva: 'इन्द्र', knda: 'ಇಂದ್ರ', taml: 'இந்திர', arab: 'إندرا' },
  { lat: 'Rama', deva: 'राम', knda: 'ರಾಮ', taml: 'ராம', arab: 'راما' },
  { lat: 'Mira', deva: 'मीरा', knda: 'ಮೀರಾ', taml: 'மீரா', arab: 'ميرا' },
  { lat: 'Vasanta', deva: 'वसन्त', knda: 'ವಸಂತ', taml: 'வசந்த', arab: 'فاسانتا' },
  { lat: 'Nila', deva: 'नील', knda: 'ನೀಲ', taml: 'நீல', arab: 'نيلا' },
  { lat: 'Sundara', deva: 'सुन्दर', knda: 'ಸುಂದರ', taml: 'சுந்தர', arab: 'سوندارا' },
  { lat: 'Hari', deva: 'हरि', knda: 'ಹರಿ', taml: 'ஹரி', arab: 'هاري' },
  { lat: 'Gopala', deva: 'गोपाल', knda: 'ಗೋಪಾಲ', taml: 'கோபால', arab: 'غوبالا' },
  { lat: 'Tara', deva: 'तारा', knda: 'ತಾರಾ', taml: 'தாரா', arab: 'تارا' },
  { lat: 'Padma', deva: 'पद्म', knda: 'ಪದ್ಮ', taml: 'பத்ம', arab: 'بادما' },
  { lat: 'Lakshmi', deva: 'लक्ष्मी', knda: 'ಲಕ್ಷ್ಮೀ', taml: 'லட்சுமி', arab: 'لاكشمي' },
  { lat: 'Deva', deva: 'देव', knda: 'ದೇವ', taml: 'தேவ', arab: 'ديفا' },
  { lat: 'Kusuma', deva: 'कुसुम', knda: 'ಕುಸುಮ', taml: 'குசும', arab: 'كوسوما' },
  { lat: 'Ananta', deva: 'अनन्त', knda: 'ಅನಂತ', taml: 'அனந்த', arab: 'أنانتا' },
  { lat: 'Shanti', deva: 'शान्ति', knda: 'ಶಾಂತಿ', taml: 'சாந்தி', arab: 'شانتي' },
  { lat: 'Vijaya', deva: 'विजय', knda: 'ವಿಜಯ', taml: 'விஜய', arab: 'فيجايا' },
  { lat: 'Mahendra', deva: 'महेन्द्र', knda: 'ಮಹೇಂದ್ರ', taml: 'மகேந்திர', arab: 'ماهيندرا' },
  { lat: 'Kasturi', deva: 'कस्तूरी', knda: 'ಕಸ್ತೂರಿ', taml: 'கஸ்தூரி', arab: 'كاستوري' },
]

/** Second parts: town, fort, village, place, hill… */
export const SUFFIXES: Spelling[] = [
  { lat: 'pur', deva: 'पुर', knda: 'ಪುರ', taml: 'பூர்', arab: 'بور' },
  { lat: 'nagar', deva: 'नगर', knda: 'ನಗರ', taml: 'நகர்', arab: 'ناغار' },
  { lat: 'kot', deva: 'कोट', knda: 'ಕೋಟೆ', taml: 'கோட்டை', arab: 'كوت' },
  { lat: 'halli', deva: 'हल्ली', knda: 'ಹಳ್ಳಿ', taml: 'ஹள்ளி', arab: 'هالي' },
  { lat: 'palli', deva: 'पल्ली', knda: 'ಪಲ್ಲಿ', taml: 'பள்ளி', arab: 'بالي' },
  { lat: 'sthan', deva: 'स्थान', knda: 'ಸ್ಥಾನ', taml: 'ஸ்தான்', arab: 'ستان' },
  { lat: 'gram', deva: 'ग्राम', knda: 'ಗ್ರಾಮ', taml: 'கிராம்', arab: 'غرام' },
  { lat: 'vati', deva: 'वती', knda: 'ವತಿ', taml: 'வதி', arab: 'فاتي' },
  { lat: 'giri', deva: 'गिरि', knda: 'ಗಿರಿ', taml: 'கிரி', arab: 'غيري' },
  { lat: 'puram', deva: 'पुरम्', knda: 'ಪುರಂ', taml: 'புரம்', arab: 'بورام' },
]

/**
 * Cities that exist whatever the seed, at fixed places: the capital and names with accents for
 * diacritic-insensitive search. `slot` is [region, province] (0-based); each is that province's
 * first city.
 */
export interface AnchorCity {
  name: Spelling
  slot: [number, number]
  latitude: number
  longitude: number
  /** Share of the centres drawn to this city, relative to 1 for an ordinary city. */
  weight: number
}

export const ANCHOR_CITIES: AnchorCity[] = [
  {
    name: {
      lat: 'Chandrapur',
      deva: 'चन्द्रपुर',
      knda: 'ಚಂದ್ರಪುರ',
      taml: 'சந்திரபூர்',
      arab: 'تشاندرابور',
    },
    slot: [0, 0],
    latitude: 13.05,
    longitude: 21.7,
    weight: 6,
  },
  {
    name: { lat: 'Salé', deva: 'सले', knda: 'ಸಲೆ', taml: 'ஸலே', arab: 'سلا' },
    slot: [0, 1],
    latitude: 12.8,
    longitude: 25.1,
    weight: 3,
  },
  {
    name: {
      lat: 'Méknès-Côte',
      deva: 'मेक्नेस-कोट',
      knda: 'ಮೆಕ್ನೆಸ್-ಕೋಟ್',
      taml: 'மெக்னெஸ்-கோட்',
      arab: 'مكناس-كوت',
    },
    slot: [1, 0],
    latitude: 11.2,
    longitude: 25.9,
    weight: 3,
  },
  {
    name: { lat: 'Peñalba', deva: 'पेन्याल्बा', knda: 'ಪೆನ್ಯಾಲ್ಬಾ', taml: 'பென்யால்பா', arab: 'بينيالبا' },
    slot: [2, 0],
    latitude: 9.1,
    longitude: 21.4,
    weight: 2,
  },
  {
    name: { lat: 'Alcaçar', deva: 'अल्कासार', knda: 'ಅಲ್ಕಾಸಾರ್', taml: 'அல்காசார்', arab: 'القصر' },
    slot: [3, 0],
    latitude: 10.7,
    longitude: 20.9,
    weight: 2,
  },
  {
    name: { lat: 'Belvédère', deva: 'बेल्वेदेर', knda: 'ಬೆಲ್ವೆಡೇರ್', taml: 'பெல்வெடேர்', arab: 'بلفيدير' },
    slot: [1, 1],
    latitude: 10.6,
    longitude: 27.5,
    weight: 2,
  },
]
