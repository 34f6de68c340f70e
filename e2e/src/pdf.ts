import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'puppeteer-core'

/**
 * The text of a PDF by poppler's `pdftotext`, opened with `password` when given; rejects when
 * the file cannot be opened (e.g. encrypted and no or a wrong password).
 */
export async function pdfText(bytes: Buffer, password?: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'resident-e2e-pdf-'))
  const file = path.join(dir, 'card.pdf')
  try {
    await fs.writeFile(file, bytes)
    const args = [...(password === undefined ? [] : ['-upw', password]), file, '-']
    return await new Promise<string>((resolve, reject) => {
      execFile('pdftotext', args, { timeout: 20_000 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`pdftotext could not read the file: ${stderr.trim()}`))
        else resolve(stdout)
      })
    })
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

declare global {
  interface Window {
    __e2eBlobs?: Map<string, Blob>
    __e2eSaves?: { href: string; download: string }[]
  }
}

/**
 * Keeps every Blob the page turns into an object URL, and notes each file the page asks the
 * browser to save (a click on an `<a download>` to such a URL) instead of letting the browser
 * write it to the disk: the run leaves no files behind, and the bytes are read back without a
 * fetch, which the CSP and Chromium's DevTools (no body for a fetch read as a blob) would both
 * get in the way of. Runs from the first script of every document on.
 */
export function keepSavedFiles(page: Page): Promise<unknown> {
  return page.evaluateOnNewDocument(() => {
    const blobs = new Map<string, Blob>()
    const saves: { href: string; download: string }[] = []
    window.__e2eBlobs = blobs
    window.__e2eSaves = saves
    const create = URL.createObjectURL
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object)
      if (object instanceof Blob) blobs.set(url, object)
      return url
    }
    const click = HTMLAnchorElement.prototype.click
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.hasAttribute('download') && blobs.has(this.href)) {
        saves.push({ href: this.href, download: this.download })
        return
      }
      click.call(this)
    }
    // Some pages (FileSaver.js, e.g. MOSIP's portal) dispatch a click event instead.
    const dispatch = HTMLAnchorElement.prototype.dispatchEvent
    HTMLAnchorElement.prototype.dispatchEvent = function (this: HTMLAnchorElement, event: Event) {
      if (event.type === 'click' && this.hasAttribute('download') && blobs.has(this.href)) {
        saves.push({ href: this.href, download: this.download })
        return false
      }
      return dispatch.call(this, event)
    }
  })
}

/** The files the page asked the browser to save so far (see keepSavedFiles). */
export function savesAsked(page: Page): Promise<{ href: string; download: string }[]> {
  return page.evaluate(() => window.__e2eSaves ?? [])
}

/** The bytes of the file behind an object URL the page made (see keepSavedFiles). */
export async function savedFile(page: Page, objectUrl: string): Promise<Buffer> {
  const base64 = await page.evaluate(async (url: string) => {
    const blob = window.__e2eBlobs?.get(url)
    if (!blob) return undefined
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    }
    return btoa(binary)
  }, objectUrl)
  if (base64 === undefined) throw new Error(`the page made no object URL ${objectUrl}`)
  return Buffer.from(base64, 'base64')
}
