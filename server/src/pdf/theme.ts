/** Colours and sizes every document shares (points; A4). */
export const THEME = {
  text: '#1b1f24',
  muted: '#4f5a66',
  accent: '#0b5cad',
  rule: '#c3ccd6',
  headerFill: '#e6eef7',
  zebraFill: '#f5f7fa',
  margin: 36,
  titleSize: 15,
  bodySize: 9.5,
  smallSize: 7.5,
} as const
