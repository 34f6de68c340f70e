// @vitest-environment happy-dom
import { act, createElement, StrictMode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type FetchStub, ok } from '../../api/fetchStub.ts'
import { BrowserRouter } from '../../routing/router.tsx'
import RegistrationCentres from './centres/RegistrationCentres.tsx'
import SupportingDocuments from './documents/SupportingDocuments.tsx'

/**
 * Opening /regcenter or /document asks for its reference data once, as the portal really runs
 * (inside React's StrictMode, which mounts every effect twice in development).
 */
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  const print = console.error
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (/is unrecognized in this browser/.test(String(args[0]))) return
    print(...args)
  })
})

function fakeServer(): FetchStub {
  const fetchMock = vi.fn(async (url: string) => {
    const path = new URL(url, 'http://portal.test').pathname
    if (path.includes('/locationHierarchyLevels/')) {
      return ok({
        locationHierarchyLevels: [
          { hierarchyLevel: 1, hierarchyLevelName: 'Region', langCode: 'eng', isActive: true },
        ],
      })
    }
    if (path.includes('/validdocuments/')) {
      return ok({
        documentcategories: [
          {
            code: 'POI',
            name: 'Proof of identity',
            description: '',
            langCode: 'eng',
            isActive: true,
            documenttypes: [
              {
                code: 'DOC001',
                name: 'Passport',
                description: '',
                langCode: 'eng',
                isActive: true,
              },
            ],
          },
        ],
      })
    }
    return new Response('{}', { status: 404 })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

let root: Root | undefined
afterEach(async () => {
  await act(async () => root?.unmount())
  root = undefined
  vi.unstubAllGlobals()
})

async function open(address: string, page: () => unknown) {
  window.history.replaceState(null, '', address)
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  await act(async () => {
    root?.render(
      createElement(
        StrictMode,
        null,
        createElement(BrowserRouter, null, createElement(page as () => null)),
      ),
    )
  })
  return container
}

/** How many times each API address was asked for. */
function asked(fetchMock: FetchStub): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [url] of fetchMock.mock.calls) {
    const { pathname, search } = new URL(url, 'http://portal.test')
    counts[pathname + search] = (counts[pathname + search] ?? 0) + 1
  }
  return counts
}

describe('reference data on page load', () => {
  it('/regcenter asks for the location levels once', async () => {
    const fetchMock = fakeServer()
    const container = await open('/regcenter', RegistrationCentres)
    await vi.waitFor(() =>
      expect(container.querySelectorAll('select option').length).toBeGreaterThan(1),
    )
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(asked(fetchMock)).toEqual({
      '/resident/v1/proxy/masterdata/locationHierarchyLevels/eng': 1,
    })
  })

  it('/document asks for the document categories once', async () => {
    const fetchMock = fakeServer()
    const container = await open('/document', SupportingDocuments)
    await vi.waitFor(() =>
      expect(container.querySelector('[data-testid="document-type"]')).not.toBeNull(),
    )
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(asked(fetchMock)).toEqual({ '/resident/v1/proxy/masterdata/validdocuments/eng': 1 })
  })
})
