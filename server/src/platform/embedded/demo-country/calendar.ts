import { fraDe, type Template7, type Text7 } from './text.ts'

export interface DaySpec {
  code: string
  seq: number
  name: Text7
}

/** Days of the week, Monday first (day_seq 1…7). */
export const DAYS: DaySpec[] = [
  {
    code: 'MON',
    seq: 1,
    name: {
      eng: 'Monday',
      fra: 'Lundi',
      spa: 'Lunes',
      ara: 'الاثنين',
      hin: 'सोमवार',
      kan: 'ಸೋಮವಾರ',
      tam: 'திங்கள்',
    },
  },
  {
    code: 'TUE',
    seq: 2,
    name: {
      eng: 'Tuesday',
      fra: 'Mardi',
      spa: 'Martes',
      ara: 'الثلاثاء',
      hin: 'मंगलवार',
      kan: 'ಮಂಗಳವಾರ',
      tam: 'செவ்வாய்',
    },
  },
  {
    code: 'WED',
    seq: 3,
    name: {
      eng: 'Wednesday',
      fra: 'Mercredi',
      spa: 'Miércoles',
      ara: 'الأربعاء',
      hin: 'बुधवार',
      kan: 'ಬುಧವಾರ',
      tam: 'புதன்',
    },
  },
  {
    code: 'THU',
    seq: 4,
    name: {
      eng: 'Thursday',
      fra: 'Jeudi',
      spa: 'Jueves',
      ara: 'الخميس',
      hin: 'गुरुवार',
      kan: 'ಗುರುವಾರ',
      tam: 'வியாழன்',
    },
  },
  {
    code: 'FRI',
    seq: 5,
    name: {
      eng: 'Friday',
      fra: 'Vendredi',
      spa: 'Viernes',
      ara: 'الجمعة',
      hin: 'शुक्रवार',
      kan: 'ಶುಕ್ರವಾರ',
      tam: 'வெள்ளி',
    },
  },
  {
    code: 'SAT',
    seq: 6,
    name: {
      eng: 'Saturday',
      fra: 'Samedi',
      spa: 'Sábado',
      ara: 'السبت',
      hin: 'शनिवार',
      kan: 'ಶನಿವಾರ',
      tam: 'சனி',
    },
  },
  {
    code: 'SUN',
    seq: 7,
    name: {
      eng: 'Sunday',
      fra: 'Dimanche',
      spa: 'Domingo',
      ara: 'الأحد',
      hin: 'रविवार',
      kan: 'ಭಾನುವಾರ',
      tam: 'ஞாயிறு',
    },
  },
]

export interface NationalHoliday {
  /** MM-DD, the same every year. */
  monthDay: string
  name: Text7
}

export const NATIONAL_HOLIDAYS: NationalHoliday[] = [
  {
    monthDay: '01-01',
    name: {
      eng: "New Year's Day",
      fra: "Jour de l'An",
      spa: 'Año Nuevo',
      ara: 'رأس السنة الميلادية',
      hin: 'नव वर्ष दिवस',
      kan: 'ಹೊಸ ವರ್ಷದ ದಿನ',
      tam: 'புத்தாண்டு தினம்',
    },
  },
  {
    monthDay: '03-14',
    name: {
      eng: 'Independence Day',
      fra: "Fête de l'Indépendance",
      spa: 'Día de la Independencia',
      ara: 'عيد الاستقلال',
      hin: 'स्वतंत्रता दिवस',
      kan: 'ಸ್ವಾತಂತ್ರ್ಯ ದಿನಾಚರಣೆ',
      tam: 'சுதந்திர தினம்',
    },
  },
  {
    monthDay: '05-01',
    name: {
      eng: 'Labour Day',
      fra: 'Fête du Travail',
      spa: 'Día del Trabajo',
      ara: 'عيد العمال',
      hin: 'श्रमिक दिवस',
      kan: 'ಕಾರ್ಮಿಕರ ದಿನ',
      tam: 'தொழிலாளர் தினம்',
    },
  },
  {
    monthDay: '09-21',
    name: {
      eng: 'Harvest Festival',
      fra: 'Fête des Moissons',
      spa: 'Fiesta de la Cosecha',
      ara: 'عيد الحصاد',
      hin: 'फ़सल उत्सव',
      kan: 'ಸುಗ್ಗಿ ಹಬ್ಬ',
      tam: 'அறுவடைத் திருநாள்',
    },
  },
  {
    monthDay: '11-26',
    name: {
      eng: 'Constitution Day',
      fra: 'Jour de la Constitution',
      spa: 'Día de la Constitución',
      ara: 'يوم الدستور',
      hin: 'संविधान दिवस',
      kan: 'ಸಂವಿಧಾನ ದಿನ',
      tam: 'அரசியலமைப்பு தினம்',
    },
  },
  {
    monthDay: '12-18',
    name: {
      eng: 'National Unity Day',
      fra: "Journée de l'unité nationale",
      spa: 'Día de la Unidad Nacional',
      ara: 'يوم الوحدة الوطنية',
      hin: 'राष्ट्रीय एकता दिवस',
      kan: 'ರಾಷ್ಟ್ರೀಯ ಏಕತಾ ದಿನ',
      tam: 'தேசிய ஒற்றுமை தினம்',
    },
  },
]

export const NATIONAL_HOLIDAY_DESC: Text7 = {
  eng: 'National public holiday',
  fra: 'Jour férié national',
  spa: 'Feriado nacional',
  ara: 'عطلة وطنية رسمية',
  hin: 'राष्ट्रीय सार्वजनिक अवकाश',
  kan: 'ರಾಷ್ಟ್ರೀಯ ಸಾರ್ವಜನಿಕ ರಜೆ',
  tam: 'தேசியப் பொது விடுமுறை',
}

/** Each province's own holiday: its foundation day. */
export const PROVINCE_DAY: Template7<[string]> = {
  eng: (p) => `${p} Foundation Day`,
  fra: (p) => `Fête de la fondation ${fraDe(p)}`,
  spa: (p) => `Día de la Fundación de ${p}`,
  ara: (p) => `يوم تأسيس ${p}`,
  hin: (p) => `${p} स्थापना दिवस`,
  kan: (p) => `${p} ಸಂಸ್ಥಾಪನಾ ದಿನ`,
  tam: (p) => `${p} நிறுவன தினம்`,
}

export const PROVINCE_HOLIDAY_DESC: Text7 = {
  eng: 'Provincial public holiday',
  fra: 'Jour férié provincial',
  spa: 'Feriado provincial',
  ara: 'عطلة إقليمية رسمية',
  hin: 'प्रांतीय सार्वजनिक अवकाश',
  kan: 'ಪ್ರಾಂತೀಯ ಸಾರ್ವಜನಿಕ ರಜೆ',
  tam: 'மாகாணப் பொது விடுமுறை',
}
