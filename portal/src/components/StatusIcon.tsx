/** Small status icons. Always beside words that say the same: never the only cue. */

export type StatusIconName = 'done' | 'inProgress' | 'failed' | 'notStarted'

const PATHS: Record<StatusIconName, string> = {
  done: 'm7 12.5 3.5 3.5L17 9',
  inProgress: 'M12 7v5l3 2',
  failed: 'm8.5 8.5 7 7m0-7-7 7',
  notStarted: '',
}

export function StatusIcon({ name, size = 22 }: { name: StatusIconName; size?: number }) {
  const path = PATHS[name]
  return (
    <svg
      className={`status-icon status-icon-${name}`}
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width={size}
      height={size}
    >
      <circle
        cx="12"
        cy="12"
        r="9.5"
        fill={name === 'notStarted' ? 'none' : 'currentColor'}
        stroke="currentColor"
        strokeWidth="1.5"
        strokeDasharray={name === 'notStarted' ? '3 2.5' : undefined}
      />
      {path ? (
        <path
          d={path}
          fill="none"
          stroke="var(--on-primary)"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ) : null}
    </svg>
  )
}
