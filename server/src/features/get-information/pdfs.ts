/** The Get-information documents, loaded together on the first download (see `pdf/lazy.ts`). */
export { centreListPdf } from './centre-list-pdf.ts'
export { documentsPdf } from './documents-pdf.ts'
