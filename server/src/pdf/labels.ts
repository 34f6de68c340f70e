import type { LangCode } from '../config.ts'
import { isolateLtr as ltr } from './script.ts'

/**
 * Every word the server prints on a PDF, in the seven languages (a missing key fails the type
 * check). Values that are left-to-right whatever the language (dates, ids, coordinates) are
 * isolated, so right-to-left text keeps them in one piece.
 */
export interface PdfLabels {
  /** Intl locale for numbers (Latin digits in every language, as the data uses). */
  locale: string
  /** BCP 47 tag for the document's /Lang. */
  bcp47: string
  listSeparator: string
  serviceName: string
  pageOf(page: number, pages: number): string
  generatedOn(time: string): string
  centres: {
    title: string
    nearbyTitle: string
    search(level: string, name: string): string
    nearby(distance: string, latitude: string, longitude: string): string
    count(n: number): string
    truncated(shown: number, total: number): string
    none: string
    centreId(id: string): string
    kilometres(distance: string): string
    columns: {
      centre: string
      address: string
      phone: string
      contactPerson: string
      hours: string
      lunch: string
      workingDays: string
      holidays: string
      distance: string
    }
  }
  documents: {
    title: string
    intro: string
    none: string
    columns: { document: string; description: string; code: string }
  }
}

const eng: PdfLabels = {
  locale: 'en-GB',
  bcp47: 'en',
  listSeparator: ', ',
  serviceName: 'Resident Services',
  pageOf: (p, n) => `Page ${p} of ${n}`,
  generatedOn: (t) => `Generated on ${ltr(t)}`,
  centres: {
    title: 'Registration centres',
    nearbyTitle: 'Registration centres near you',
    search: (level, name) => `Search results for “${name}” (${level})`,
    nearby: (d, lat, lon) => `Within ${d} of ${ltr(`${lat}, ${lon}`)}`,
    count: (n) => (n === 1 ? '1 centre' : `${n} centres`),
    truncated: (shown, total) =>
      `Showing the first ${shown} of ${total} centres. Narrow the search to see the others.`,
    none: 'No registration centre matches this search.',
    centreId: (id) => `Centre ID ${ltr(id)}`,
    kilometres: (d) => `${d} km`,
    columns: {
      centre: 'Centre',
      address: 'Address',
      phone: 'Phone',
      contactPerson: 'Contact person',
      hours: 'Opening hours',
      lunch: 'Lunch break',
      workingDays: 'Working days',
      holidays: 'Upcoming holidays',
      distance: 'Distance',
    },
  },
  documents: {
    title: 'Supporting documents',
    intro: 'Documents accepted as proof when you register or update your details, by category.',
    none: 'No documents are listed.',
    columns: { document: 'Document', description: 'Description', code: 'Code' },
  },
}

const fra: PdfLabels = {
  locale: 'fr-FR',
  bcp47: 'fr',
  listSeparator: ', ',
  serviceName: 'Services aux résidents',
  pageOf: (p, n) => `Page ${p} sur ${n}`,
  generatedOn: (t) => `Généré le ${ltr(t)}`,
  centres: {
    title: "Centres d'enregistrement",
    nearbyTitle: "Centres d'enregistrement près de chez vous",
    search: (level, name) => `Résultats de la recherche « ${name} » (${level})`,
    nearby: (d, lat, lon) => `Dans un rayon de ${d} autour de ${ltr(`${lat}, ${lon}`)}`,
    count: (n) => (n <= 1 ? `${n} centre` : `${n} centres`),
    truncated: (shown, total) =>
      `Affichage des ${shown} premiers centres sur ${total}. Affinez la recherche pour voir les autres.`,
    none: "Aucun centre d'enregistrement ne correspond à cette recherche.",
    centreId: (id) => `N° du centre : ${ltr(id)}`,
    kilometres: (d) => `${d} km`,
    columns: {
      centre: 'Centre',
      address: 'Adresse',
      phone: 'Téléphone',
      contactPerson: 'Personne à contacter',
      hours: "Heures d'ouverture",
      lunch: 'Pause déjeuner',
      workingDays: "Jours d'ouverture",
      holidays: 'Prochains jours fériés',
      distance: 'Distance',
    },
  },
  documents: {
    title: 'Pièces justificatives',
    intro:
      "Documents acceptés comme justificatifs lors de l'enregistrement ou de la mise à jour de vos données, par catégorie.",
    none: "Aucun document n'est répertorié.",
    columns: { document: 'Document', description: 'Description', code: 'Code' },
  },
}

const spa: PdfLabels = {
  locale: 'es-ES',
  bcp47: 'es',
  listSeparator: ', ',
  serviceName: 'Servicios para residentes',
  pageOf: (p, n) => `Página ${p} de ${n}`,
  generatedOn: (t) => `Generado el ${ltr(t)}`,
  centres: {
    title: 'Centros de registro',
    nearbyTitle: 'Centros de registro cercanos a usted',
    search: (level, name) => `Resultados de la búsqueda «${name}» (${level})`,
    nearby: (d, lat, lon) => `A menos de ${d} de ${ltr(`${lat}, ${lon}`)}`,
    count: (n) => (n === 1 ? '1 centro' : `${n} centros`),
    truncated: (shown, total) =>
      `Se muestran los primeros ${shown} de ${total} centros. Acote la búsqueda para ver los demás.`,
    none: 'Ningún centro de registro coincide con esta búsqueda.',
    centreId: (id) => `ID del centro: ${ltr(id)}`,
    kilometres: (d) => `${d} km`,
    columns: {
      centre: 'Centro',
      address: 'Dirección',
      phone: 'Teléfono',
      contactPerson: 'Persona de contacto',
      hours: 'Horario de atención',
      lunch: 'Pausa para el almuerzo',
      workingDays: 'Días laborables',
      holidays: 'Próximos días festivos',
      distance: 'Distancia',
    },
  },
  documents: {
    title: 'Documentos justificativos',
    intro: 'Documentos aceptados como prueba al registrarse o actualizar sus datos, por categoría.',
    none: 'No hay documentos en la lista.',
    columns: { document: 'Documento', description: 'Descripción', code: 'Código' },
  },
}

const ara: PdfLabels = {
  locale: 'ar-u-nu-latn',
  bcp47: 'ar',
  listSeparator: '، ',
  serviceName: 'خدمات المقيمين',
  pageOf: (p, n) => `الصفحة ${p} من ${n}`,
  generatedOn: (t) => `تاريخ الإنشاء: ${ltr(t)}`,
  centres: {
    title: 'مراكز التسجيل',
    nearbyTitle: 'مراكز التسجيل القريبة منك',
    search: (level, name) => `نتائج البحث عن «${name}» (${level})`,
    nearby: (d, lat, lon) => `ضمن ${d} من الموقع ${ltr(`${lat}, ${lon}`)}`,
    count: (n) => `عدد المراكز: ${n}`,
    truncated: (shown, total) =>
      `تُعرض أول ${shown} مركزًا من أصل ${total}. ضيّق نطاق البحث لرؤية المراكز الأخرى.`,
    none: 'لا يوجد مركز تسجيل يطابق هذا البحث.',
    centreId: (id) => `رقم المركز: ${ltr(id)}`,
    kilometres: (d) => `${d} كم`,
    columns: {
      centre: 'المركز',
      address: 'العنوان',
      phone: 'الهاتف',
      contactPerson: 'الشخص المسؤول',
      hours: 'ساعات العمل',
      lunch: 'استراحة الغداء',
      workingDays: 'أيام العمل',
      holidays: 'العطل القادمة',
      distance: 'المسافة',
    },
  },
  documents: {
    title: 'المستندات الداعمة',
    intro: 'المستندات المقبولة لإثبات بياناتك عند التسجيل أو عند تحديثها، مصنفة حسب الفئة.',
    none: 'لا توجد مستندات مدرجة.',
    columns: { document: 'المستند', description: 'الوصف', code: 'الرمز' },
  },
}

const hin: PdfLabels = {
  locale: 'hi-IN-u-nu-latn',
  bcp47: 'hi',
  listSeparator: ', ',
  serviceName: 'निवासी सेवाएँ',
  pageOf: (p, n) => `पृष्ठ ${p} / ${n}`,
  generatedOn: (t) => `तैयार किया गया: ${ltr(t)}`,
  centres: {
    title: 'पंजीकरण केंद्र',
    nearbyTitle: 'आपके निकट पंजीकरण केंद्र',
    search: (level, name) => `“${name}” के लिए खोज परिणाम (${level})`,
    nearby: (d, lat, lon) => `${ltr(`${lat}, ${lon}`)} से ${d} के भीतर`,
    count: (n) => `कुल केंद्र: ${n}`,
    truncated: (shown, total) =>
      `${total} में से पहले ${shown} केंद्र दिखाए गए हैं। अन्य केंद्र देखने के लिए खोज को सीमित करें।`,
    none: 'इस खोज से मेल खाने वाला कोई पंजीकरण केंद्र नहीं मिला।',
    centreId: (id) => `केंद्र आईडी: ${ltr(id)}`,
    kilometres: (d) => `${d} कि.मी.`,
    columns: {
      centre: 'केंद्र',
      address: 'पता',
      phone: 'फ़ोन',
      contactPerson: 'संपर्क व्यक्ति',
      hours: 'कार्य समय',
      lunch: 'भोजनावकाश',
      workingDays: 'कार्य दिवस',
      holidays: 'आगामी अवकाश',
      distance: 'दूरी',
    },
  },
  documents: {
    title: 'सहायक दस्तावेज़',
    intro:
      'पंजीकरण या अपनी जानकारी अद्यतन करते समय प्रमाण के रूप में स्वीकार किए जाने वाले दस्तावेज़, श्रेणी के अनुसार।',
    none: 'कोई दस्तावेज़ सूचीबद्ध नहीं है।',
    columns: { document: 'दस्तावेज़', description: 'विवरण', code: 'कोड' },
  },
}

const kan: PdfLabels = {
  locale: 'kn-IN-u-nu-latn',
  bcp47: 'kn',
  listSeparator: ', ',
  serviceName: 'ನಿವಾಸಿ ಸೇವೆಗಳು',
  pageOf: (p, n) => `ಪುಟ ${p} / ${n}`,
  generatedOn: (t) => `ರಚಿಸಿದ ಸಮಯ: ${ltr(t)}`,
  centres: {
    title: 'ನೋಂದಣಿ ಕೇಂದ್ರಗಳು',
    nearbyTitle: 'ನಿಮ್ಮ ಸಮೀಪದ ನೋಂದಣಿ ಕೇಂದ್ರಗಳು',
    search: (level, name) => `“${name}” ಗಾಗಿ ಹುಡುಕಾಟದ ಫಲಿತಾಂಶಗಳು (${level})`,
    nearby: (d, lat, lon) => `${ltr(`${lat}, ${lon}`)} ನಿಂದ ${d} ಒಳಗೆ`,
    count: (n) => `ಒಟ್ಟು ಕೇಂದ್ರಗಳು: ${n}`,
    truncated: (shown, total) =>
      `${total} ಕೇಂದ್ರಗಳಲ್ಲಿ ಮೊದಲ ${shown} ತೋರಿಸಲಾಗಿದೆ. ಇತರ ಕೇಂದ್ರಗಳನ್ನು ನೋಡಲು ಹುಡುಕಾಟವನ್ನು ಕಿರಿದುಗೊಳಿಸಿ.`,
    none: 'ಈ ಹುಡುಕಾಟಕ್ಕೆ ಹೊಂದುವ ಯಾವುದೇ ನೋಂದಣಿ ಕೇಂದ್ರ ಇಲ್ಲ.',
    centreId: (id) => `ಕೇಂದ್ರದ ಐಡಿ: ${ltr(id)}`,
    kilometres: (d) => `${d} ಕಿ.ಮೀ.`,
    columns: {
      centre: 'ಕೇಂದ್ರ',
      address: 'ವಿಳಾಸ',
      phone: 'ದೂರವಾಣಿ',
      contactPerson: 'ಸಂಪರ್ಕ ವ್ಯಕ್ತಿ',
      hours: 'ಕೆಲಸದ ಸಮಯ',
      lunch: 'ಊಟದ ವಿರಾಮ',
      workingDays: 'ಕೆಲಸದ ದಿನಗಳು',
      holidays: 'ಮುಂಬರುವ ರಜಾದಿನಗಳು',
      distance: 'ದೂರ',
    },
  },
  documents: {
    title: 'ಪೂರಕ ದಾಖಲೆಗಳು',
    intro: 'ನೋಂದಣಿ ಅಥವಾ ನಿಮ್ಮ ಮಾಹಿತಿಯನ್ನು ನವೀಕರಿಸುವಾಗ ಪುರಾವೆಯಾಗಿ ಸ್ವೀಕರಿಸಲಾಗುವ ದಾಖಲೆಗಳು, ವರ್ಗವಾರು.',
    none: 'ಯಾವುದೇ ದಾಖಲೆಗಳನ್ನು ಪಟ್ಟಿ ಮಾಡಲಾಗಿಲ್ಲ.',
    columns: { document: 'ದಾಖಲೆ', description: 'ವಿವರಣೆ', code: 'ಸಂಕೇತ' },
  },
}

const tam: PdfLabels = {
  locale: 'ta-IN-u-nu-latn',
  bcp47: 'ta',
  listSeparator: ', ',
  serviceName: 'குடியிருப்பாளர் சேவைகள்',
  pageOf: (p, n) => `பக்கம் ${p} / ${n}`,
  generatedOn: (t) => `உருவாக்கிய நேரம்: ${ltr(t)}`,
  centres: {
    title: 'பதிவு மையங்கள்',
    nearbyTitle: 'உங்கள் அருகிலுள்ள பதிவு மையங்கள்',
    search: (level, name) => `“${name}” க்கான தேடல் முடிவுகள் (${level})`,
    nearby: (d, lat, lon) => `${ltr(`${lat}, ${lon}`)} இலிருந்து ${d} தொலைவுக்குள்`,
    count: (n) => `மொத்த மையங்கள்: ${n}`,
    truncated: (shown, total) =>
      `${total} மையங்களில் முதல் ${shown} காட்டப்பட்டுள்ளன. மற்ற மையங்களைக் காண தேடலைக் குறுக்கவும்.`,
    none: 'இந்தத் தேடலுக்குப் பொருந்தும் பதிவு மையம் எதுவும் இல்லை.',
    centreId: (id) => `மைய அடையாள எண்: ${ltr(id)}`,
    kilometres: (d) => `${d} கி.மீ.`,
    columns: {
      centre: 'மையம்',
      address: 'முகவரி',
      phone: 'தொலைபேசி',
      contactPerson: 'தொடர்பு நபர்',
      hours: 'வேலை நேரம்',
      lunch: 'மதிய இடைவேளை',
      workingDays: 'வேலை நாட்கள்',
      holidays: 'வரவிருக்கும் விடுமுறைகள்',
      distance: 'தொலைவு',
    },
  },
  documents: {
    title: 'துணை ஆவணங்கள்',
    intro: 'பதிவு செய்யும்போது அல்லது உங்கள் விவரங்களைப் புதுப்பிக்கும்போது சான்றாக ஏற்கப்படும் ஆவணங்கள், வகை வாரியாக.',
    none: 'பட்டியலிடப்பட்ட ஆவணங்கள் எதுவும் இல்லை.',
    columns: { document: 'ஆவணம்', description: 'விளக்கம்', code: 'குறியீடு' },
  },
}

export const PDF_LABELS: Record<LangCode, PdfLabels> = { eng, fra, spa, ara, hin, kan, tam }

/** The labels of a language the deployment offers (English when the code is not one of ours). */
export function pdfLabels(lang: string): PdfLabels {
  return PDF_LABELS[lang as LangCode] ?? eng
}
