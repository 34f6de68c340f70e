import { useEffect, useRef, useState } from 'react'

/**
 * For pages that change step in place: after each change of `step`, focus moves to the new
 * step's heading (give it `ref` and `tabIndex={-1}`) and a polite live region repeats it, so
 * a screen reader user hears where they are. Nothing happens on the first render.
 */
export function useStepFocus<T extends HTMLElement = HTMLHeadingElement>(step: string) {
  const heading = useRef<T>(null)
  const [announcement, setAnnouncement] = useState('')
  const previous = useRef(step)
  useEffect(() => {
    if (previous.current === step) return
    previous.current = step
    const element = heading.current
    if (!element) return
    element.focus({ preventScroll: true })
    element.scrollIntoView({ block: 'start' })
    setAnnouncement(element.textContent ?? '')
  }, [step])
  return { heading, announcement }
}
