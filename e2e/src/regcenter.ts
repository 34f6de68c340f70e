import type { Page } from 'puppeteer-core'
import type { Centre } from './api.ts'
import { assert } from './checks.ts'

/** Helpers for the registration-centres page (selectors are the portal's data-testid values). */

export const SEL = {
  level: '[data-testid="level-select"]',
  text: '[data-testid="search-input"]',
  submit: '[data-testid="search-button"]',
  nearMe: '[data-testid="near-me"]',
  status: '[data-testid="results-status"]',
  list: '[data-testid="centre-list"]',
  card: '[data-testid="centre-card"]',
  pageStatus: '[data-testid="page-status"]',
  next: '[data-testid="page-next"]',
  previous: '[data-testid="page-previous"]',
} as const

export interface ShownCentre {
  name: string
  phone: string
  hours: string
  days: string
  distance: string
}

/** Waits until the location levels have loaded into the select. */
export async function waitForLevels(page: Page): Promise<void> {
  await page.waitForFunction(
    (sel: string) => {
      const select = document.querySelector(sel)
      return select instanceof HTMLSelectElement && !select.disabled && select.options.length > 1
    },
    {},
    SEL.level,
  )
}

/** Chooses the level by its visible name, as a resident would read it. */
export async function chooseLevel(page: Page, levelName: string): Promise<void> {
  await waitForLevels(page)
  const value = await page.$eval(
    SEL.level,
    (select, name) =>
      [...(select as HTMLSelectElement).options].find((o) => o.text.trim() === name)?.value,
    levelName,
  )
  assert(value, `the level select has no option "${levelName}"`)
  await page.select(SEL.level, value)
}

/** Types the place name (as keystrokes) into the search field. */
export async function typePlace(page: Page, text: string): Promise<void> {
  await page.click(SEL.text, { count: 3 })
  await page.keyboard.press('Backspace')
  await page.type(SEL.text, text)
  const typed = await page.$eval(SEL.text, (input) => (input as HTMLInputElement).value)
  assert(typed === text, `typed "${text}" but the field holds "${typed}"`)
}

/** Searches as a resident does: chooses the level, types the place name, presses Search. */
export async function searchPlace(page: Page, levelName: string, text: string): Promise<void> {
  await chooseLevel(page, levelName)
  await typePlace(page, text)
  await page.click(SEL.submit)
}

/** Reads every result card. */
export function shownCentres(page: Page): Promise<ShownCentre[]> {
  return page.$$eval(SEL.card, (cards) =>
    cards.map((card) => {
      const text = (sel: string) =>
        (card.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim()
      return {
        name: text('h3'),
        phone: text('[data-testid="centre-phone"]'),
        hours: text('[data-testid="centre-hours"]'),
        days: text('[data-testid="centre-days"]'),
        distance: text('[data-testid="centre-distance"]'),
      }
    }),
  )
}

/** Waits until the cards show exactly these centres' names, in this order. */
export async function waitForCentres(
  page: Page,
  expected: Centre[],
  timeout = 15_000,
): Promise<ShownCentre[]> {
  const names = expected.map((c) => c.name)
  try {
    await page.waitForFunction(
      (sel: string, want: string[]) => {
        const got = [...document.querySelectorAll(sel)].map((c) =>
          c.querySelector('h3')?.textContent?.trim(),
        )
        return got.length === want.length && got.every((n, i) => n === want[i])
      },
      { timeout },
      SEL.card,
      names,
    )
  } catch {
    const shown = await shownCentres(page)
    const status = await page
      .$eval(SEL.status, (s) => s.textContent?.trim())
      .catch(() => '(no status)')
    throw new Error(
      `expected centres [${names.join(', ')}]\n  shown [${shown.map((s) => s.name).join(', ')}]\n  status: ${status}`,
    )
  }
  return shownCentres(page)
}

/** Each card shows the centre's phone, opening hours and working days. */
export function assertCardDetails(shown: ShownCentre[], expected: Centre[]): void {
  for (const [i, centre] of expected.entries()) {
    const card = shown[i]
    assert(card, `no card for ${centre.name}`)
    assert(
      card.phone === centre.contactPhone,
      `${centre.name}: phone "${card.phone}", expected "${centre.contactPhone}"`,
    )
    assert(card.hours !== '', `${centre.name}: no opening hours`)
    const firstDay = centre.workingDays[0]?.displayName
    assert(firstDay, `${centre.name}: the API lists no working days`)
    assert(
      card.days.includes(firstDay),
      `${centre.name}: working days "${card.days}" lack "${firstDay}"`,
    )
  }
}
