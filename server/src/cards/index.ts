/** Everything that renders a card, loaded together on first use (see `pdf/lazy.ts`). */
export { cardLanguages } from './card-format.ts'
export { cardPassword } from './password.ts'
export { renderUinCard } from './uin-card-pdf.ts'
