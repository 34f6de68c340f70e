import type { ReactNode } from 'react'

interface Props {
  href: string
  /** The language of the file (BCP-47). */
  hrefLang: string
  testId: string
  /** Says what is downloaded and its format, e.g. "Download this list of centres (PDF)". */
  children: ReactNode
}

/**
 * A PDF download as a plain link: the browser fetches and saves the file itself (the server
 * names it), so it works without script blobs, on every phone and under the CSP.
 */
export function DownloadLink({ href, hrefLang, testId, children }: Props) {
  return (
    <a
      className="button button-secondary download-link"
      href={href}
      hrefLang={hrefLang}
      type="application/pdf"
      download
      data-testid={testId}
    >
      <svg
        className="download-icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="20"
        height="20"
      >
        <path
          d="M12 4v11m-5-5 5 5 5-5M5 20h14"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span>{children}</span>
    </a>
  )
}
