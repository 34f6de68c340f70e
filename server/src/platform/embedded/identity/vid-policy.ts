import type { VidType } from './tables.ts'

export interface VidPolicy {
  /** Minutes a VID lives after creation; null: until revoked. */
  validForMinutes: number | null
  /** Authentications it allows; null: unlimited. */
  transactionsAllowed: number | null
  /** Active VIDs of this type one UIN may hold at once. */
  instancesAllowed: number
  /** Whether a fresh VID replaces one revoked… */
  autoRestoreAllowed: boolean
  /** …on this action. */
  restoreOnAction: 'REVOKED' | 'REGENERATE'
}

/** MOSIP's default `mosip-vid-policy.json` (service notes §6.3). */
export const VID_POLICY: Readonly<Record<VidType, Readonly<VidPolicy>>> = {
  Perpetual: {
    validForMinutes: null,
    transactionsAllowed: null,
    instancesAllowed: 1,
    autoRestoreAllowed: true,
    restoreOnAction: 'REVOKED',
  },
  Temporary: {
    validForMinutes: 30,
    transactionsAllowed: 2,
    instancesAllowed: 5,
    autoRestoreAllowed: false,
    restoreOnAction: 'REGENERATE',
  },
  OneTimeUse: {
    validForMinutes: null,
    transactionsAllowed: 2,
    instancesAllowed: 5,
    autoRestoreAllowed: false,
    restoreOnAction: 'REVOKED',
  },
}

/** Expiry and budget of a VID of `type` created at `createdAt`, as the registry stores them. */
export function vidLimits(
  type: VidType,
  createdAt: Date,
): { expiresAt: Date | null; usesLeft: number | null } {
  const policy = VID_POLICY[type]
  return {
    expiresAt:
      policy.validForMinutes === null
        ? null
        : new Date(createdAt.getTime() + policy.validForMinutes * 60_000),
    usesLeft: policy.transactionsAllowed,
  }
}
