import {
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react'
import {
  UNSAFE_createBrowserHistory as createBrowserHistory,
  Router,
  useHref,
  useLocation,
  useNavigate,
  useResolvedPath,
} from 'react-router'

/*
 * react-router with browser history, minus its DOM layer. `<BrowserRouter>`, `<Link>` and
 * `useSearchParams` live in react-router's DOM module, which brings forms, fetchers, prefetching
 * and scroll restoration along (~4.6 kB gzipped) — too much for the first-page budget. These are
 * the same few lines on top of react-router's `<Router>`, `<Routes>` and hooks.
 */

/** Browser-history router: what react-router's `<BrowserRouter>` does, nothing more. */
export function BrowserRouter({ children }: { children: ReactNode }) {
  const [history] = useState(() => createBrowserHistory({ v5Compat: true }))
  const [state, setState] = useState({ action: history.action, location: history.location })
  useLayoutEffect(() => history.listen(setState), [history])
  return (
    <Router navigator={history} location={state.location} navigationType={state.action}>
      {children}
    </Router>
  )
}

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>

/** Only plain left clicks navigate in the page; new-tab and modified clicks stay the browser's. */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    (!event.currentTarget.target || event.currentTarget.target === '_self')
  )
}

/** An ordinary `<a href>` that navigates in the page. */
export function Link({ to, onClick, ...props }: AnchorProps & { to: string }) {
  const href = useHref(to)
  const navigate = useNavigate()
  const path = useResolvedPath(to)
  return (
    <a
      {...props}
      href={href}
      onClick={(event) => {
        onClick?.(event)
        if (!isPlainClick(event)) return
        event.preventDefault()
        navigate(path)
      }}
    />
  )
}

/** A `Link` that says `aria-current="page"` on its own page (`end`: exact match only). */
export function NavLink({ end, ...props }: AnchorProps & { to: string; end?: boolean }) {
  const { pathname } = useLocation()
  const target = useResolvedPath(props.to).pathname
  const active =
    pathname === target || (!end && target !== '/' && pathname.startsWith(`${target}/`))
  return <Link {...props} aria-current={active ? 'page' : undefined} />
}

/**
 * The query string of the current page, and a way to change it: a new history entry, or with
 * `replace` a correction of the current one (Back does not return to it).
 */
export function useSearchParams(): [
  URLSearchParams,
  (next: URLSearchParams, options?: { replace?: boolean }) => void,
] {
  const { pathname, search } = useLocation()
  const navigate = useNavigate()
  const params = useMemo(() => new URLSearchParams(search), [search])
  const setParams = useCallback(
    (next: URLSearchParams, options?: { replace?: boolean }) => {
      const query = next.toString()
      navigate(
        { pathname, search: query ? `?${query}` : '' },
        { replace: options?.replace === true },
      )
    },
    [navigate, pathname],
  )
  return [params, setParams]
}
