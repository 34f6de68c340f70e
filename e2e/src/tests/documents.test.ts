import { Api } from '../api.ts'
import { assert } from '../checks.ts'
import { test } from '../harness.ts'
import { openPage, PAGE_LANGUAGES } from '../portal.ts'

for (const lang of PAGE_LANGUAGES) {
  test(`documents: categories are headings, their document types are lists (${lang})`, async (t) => {
    const { page } = t
    const expected = (await new Api(t.baseUrl).validDocuments(lang)).filter(
      (c) => c.documenttypes.length > 0,
    )
    assert(expected.length > 0, `the server lists no document categories in ${lang}`)
    await openPage(t, '/document', lang)
    await page.waitForSelector('[data-testid="document-category"]')
    // The list re-renders when the language changes: wait for the first category in this language.
    const first = expected[0]?.name ?? ''
    await page.waitForFunction(
      (name: string) =>
        [...document.querySelectorAll('[data-testid="document-category"] h2')].some(
          (h) => h.textContent?.trim() === name,
        ),
      {},
      first,
    )
    const shown = await page.$$eval('[data-testid="document-category"]', (sections) =>
      sections.map((s) => {
        const heading = s.querySelector('h2, h3')
        return {
          heading: heading?.textContent?.trim() ?? '',
          labelledByHeading: !!heading?.id && s.getAttribute('aria-labelledby') === heading.id,
          listItems: [...s.querySelectorAll('ul > li, ol > li')].map(
            (li) =>
              li.querySelector('.document-name')?.textContent?.trim() ??
              li.textContent?.trim() ??
              '',
          ),
        }
      }),
    )
    for (const category of expected) {
      const section = shown.find((s) => s.heading === category.name)
      assert(
        section,
        `category "${category.name}" is not a heading; headings: ${shown.map((s) => s.heading).join(', ')}`,
      )
      assert(
        section.labelledByHeading,
        `the section of "${category.name}" is not labelled by its heading`,
      )
      for (const type of category.documenttypes) {
        assert(
          section.listItems.includes(type.name),
          `"${type.name}" is not a list item under "${category.name}" (items: ${section.listItems.join(', ')})`,
        )
      }
    }
  })
}
