import { fraDe, type Spelling, type Template7, type Text7 } from './text.ts'

/** "<City> Registration Centre <n>" in each language. */
export const CENTRE_NAME: Template7<[string, number]> = {
  eng: (c, n) => `${c} Registration Centre ${n}`,
  fra: (c, n) => `Centre d'enregistrement ${fraDe(c)} ${n}`,
  spa: (c, n) => `Centro de Registro de ${c} ${n}`,
  ara: (c, n) => `مركز تسجيل ${c} ${n}`,
  hin: (c, n) => `${c} पंजीकरण केंद्र ${n}`,
  kan: (c, n) => `${c} ನೋಂದಣಿ ಕೇಂದ್ರ ${n}`,
  tam: (c, n) => `${c} பதிவு மையம் ${n}`,
}

export const STREETS: Text7[] = [
  {
    eng: 'Market Road',
    fra: 'rue du Marché',
    spa: 'Calle del Mercado',
    ara: 'شارع السوق',
    hin: 'बाज़ार मार्ग',
    kan: 'ಮಾರುಕಟ್ಟೆ ರಸ್ತೆ',
    tam: 'சந்தை சாலை',
  },
  {
    eng: 'Station Road',
    fra: 'avenue de la Gare',
    spa: 'Avenida de la Estación',
    ara: 'شارع المحطة',
    hin: 'स्टेशन मार्ग',
    kan: 'ನಿಲ್ದಾಣ ರಸ್ತೆ',
    tam: 'நிலைய சாலை',
  },
  {
    eng: 'Garden Street',
    fra: 'rue des Jardins',
    spa: 'Calle de los Jardines',
    ara: 'شارع الحدائق',
    hin: 'उद्यान मार्ग',
    kan: 'ಉದ್ಯಾನ ರಸ್ತೆ',
    tam: 'பூங்கா தெரு',
  },
  {
    eng: 'Lake Road',
    fra: 'chemin du Lac',
    spa: 'Camino del Lago',
    ara: 'طريق البحيرة',
    hin: 'झील मार्ग',
    kan: 'ಕೆರೆ ರಸ್ತೆ',
    tam: 'ஏரி சாலை',
  },
  {
    eng: 'Hospital Road',
    fra: "boulevard de l'Hôpital",
    spa: 'Calle del Hospital',
    ara: 'شارع المستشفى',
    hin: 'अस्पताल मार्ग',
    kan: 'ಆಸ್ಪತ್ರೆ ರಸ್ತೆ',
    tam: 'மருத்துவமனை சாலை',
  },
  {
    eng: 'School Lane',
    fra: "allée de l'École",
    spa: 'Callejón de la Escuela',
    ara: 'زقاق المدرسة',
    hin: 'विद्यालय गली',
    kan: 'ಶಾಲಾ ಬೀದಿ',
    tam: 'பள்ளித் தெரு',
  },
  {
    eng: 'Independence Avenue',
    fra: "avenue de l'Indépendance",
    spa: 'Avenida de la Independencia',
    ara: 'شارع الاستقلال',
    hin: 'स्वतंत्रता पथ',
    kan: 'ಸ್ವಾತಂತ್ರ್ಯ ಮಾರ್ಗ',
    tam: 'சுதந்திர வீதி',
  },
  {
    eng: 'River Road',
    fra: 'quai de la Rivière',
    spa: 'Paseo del Río',
    ara: 'كورنيش النهر',
    hin: 'नदी तट मार्ग',
    kan: 'ನದಿ ದಂಡೆ ರಸ್ತೆ',
    tam: 'ஆற்றங்கரை சாலை',
  },
]

/** Address line 1: house number and street, in each language's order. */
export const STREET_LINE: Template7<[string, number]> = {
  eng: (s, n) => `${n} ${s}`,
  fra: (s, n) => `${n}, ${s}`,
  spa: (s, n) => `${s} ${n}`,
  ara: (s, n) => `${n} ${s}`,
  hin: (s, n) => `${n}, ${s}`,
  kan: (s, n) => `${n}, ${s}`,
  tam: (s, n) => `${n}, ${s}`,
}

/** Address line 3: city and postal code. */
export const CITY_LINE: Template7<[string, string]> = {
  eng: (c, p) => `${c} ${p}`,
  fra: (c, p) => `${p} ${c}`,
  spa: (c, p) => `${p} ${c}`,
  ara: (c, p) => `${c} ${p}`,
  hin: (c, p) => `${c} - ${p}`,
  kan: (c, p) => `${c} - ${p}`,
  tam: (c, p) => `${c} - ${p}`,
}

export const TIME_ZONE: Text7 = {
  eng: '(GMT+02:00) Central Africa Time',
  fra: "(GMT+02:00) Heure d'Afrique centrale",
  spa: '(GMT+02:00) Hora de África Central',
  ara: '(GMT+02:00) توقيت وسط أفريقيا',
  hin: '(GMT+02:00) मध्य अफ़्रीका समय',
  kan: '(GMT+02:00) ಮಧ್ಯ ಆಫ್ರಿಕಾ ಸಮಯ',
  tam: '(GMT+02:00) மத்திய ஆப்பிரிக்க நேரம்',
}

/** Given names of centre contact persons, transliterated into each script. */
export const GIVEN_NAMES: Spelling[] = [
  { lat: 'Amina', deva: 'अमीना', knda: 'ಅಮೀನಾ', taml: 'அமீனா', arab: 'أمينة' },
  { lat: 'Ravi', deva: 'रवि', knda: 'ರವಿ', taml: 'ரவி', arab: 'رافي' },
  { lat: 'Inès', deva: 'इनेस', knda: 'ಇನೆಸ್', taml: 'இனெஸ்', arab: 'إيناس' },
  { lat: 'José', deva: 'होसे', knda: 'ಹೋಸೆ', taml: 'ஹோசே', arab: 'خوسيه' },
  { lat: 'Priya', deva: 'प्रिया', knda: 'ಪ್ರಿಯಾ', taml: 'பிரியா', arab: 'بريا' },
  { lat: 'Karim', deva: 'करीम', knda: 'ಕರೀಮ್', taml: 'கரீம்', arab: 'كريم' },
  { lat: 'Lakshmi', deva: 'लक्ष्मी', knda: 'ಲಕ್ಷ್ಮಿ', taml: 'லட்சுமி', arab: 'لاكشمي' },
  { lat: 'Omar', deva: 'उमर', knda: 'ಉಮರ್', taml: 'உமர்', arab: 'عمر' },
  { lat: 'Françoise', deva: 'फ़्रांस्वाज़', knda: 'ಫ್ರಾಂಸ್ವಾಜ್', taml: 'ஃபிரான்சுவாஸ்', arab: 'فرانسواز' },
  { lat: 'Arjun', deva: 'अर्जुन', knda: 'ಅರ್ಜುನ್', taml: 'அர்ஜுன்', arab: 'أرجون' },
  { lat: 'Meera', deva: 'मीरा', knda: 'ಮೀರಾ', taml: 'மீரா', arab: 'ميرا' },
  { lat: 'Nadia', deva: 'नादिया', knda: 'ನಾದಿಯಾ', taml: 'நாடியா', arab: 'نادية' },
  { lat: 'Suresh', deva: 'सुरेश', knda: 'ಸುರೇಶ್', taml: 'சுரேஷ்', arab: 'سوريش' },
  { lat: 'Andrés', deva: 'आन्द्रेस', knda: 'ಆಂಡ್ರೆಸ್', taml: 'ஆண்ட்ரேஸ்', arab: 'أندريس' },
]

export const FAMILY_NAMES: Spelling[] = [
  { lat: 'Rao', deva: 'राव', knda: 'ರಾವ್', taml: 'ராவ்', arab: 'راو' },
  { lat: 'Benali', deva: 'बेनाली', knda: 'ಬೆನಾಲಿ', taml: 'பெனாலி', arab: 'بن علي' },
  { lat: 'Iyer', deva: 'अय्यर', knda: 'ಅಯ್ಯರ್', taml: 'ஐயர்', arab: 'أيير' },
  { lat: 'Martín', deva: 'मार्टिन', knda: 'ಮಾರ್ಟಿನ್', taml: 'மார்ட்டின்', arab: 'مارتين' },
  { lat: 'Haddad', deva: 'हद्दाद', knda: 'ಹದ್ದಾದ್', taml: 'ஹத்தாத்', arab: 'حداد' },
  { lat: 'Nair', deva: 'नायर', knda: 'ನಾಯರ್', taml: 'நாயர்', arab: 'ناير' },
  { lat: 'Lefèvre', deva: 'लेफ़ेव्र', knda: 'ಲೆಫೆವ್ರ್', taml: 'லெஃபெவ்ர்', arab: 'لوفيفر' },
  { lat: 'Gowda', deva: 'गौड़ा', knda: 'ಗೌಡ', taml: 'கவுடா', arab: 'غودا' },
  { lat: 'Krishnan', deva: 'कृष्णन', knda: 'ಕೃಷ್ಣನ್', taml: 'கிருஷ்ணன்', arab: 'كريشنان' },
  { lat: 'Peña', deva: 'पेन्या', knda: 'ಪೆನ್ಯಾ', taml: 'பென்யா', arab: 'بينيا' },
  { lat: 'Sharma', deva: 'शर्मा', knda: 'ಶರ್ಮಾ', taml: 'சர்மா', arab: 'شارما' },
  { lat: 'Moreau', deva: 'मोरो', knda: 'ಮೊರೊ', taml: 'மொரோ', arab: 'مورو' },
]
