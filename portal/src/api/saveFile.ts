/**
 * Hands a downloaded file to the browser to save, under `fileName`. Returns the object URL so
 * the page can offer a plain link as well (a browser may refuse a save it did not see clicked);
 * the caller revokes it when the page goes.
 */
export function saveBlob(blob: Blob, fileName: string): string {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  return url
}
