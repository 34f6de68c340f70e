import { type AidStage, TRANSACTION_STAGES, type TransactionStage } from './api.ts'

export type StageState = 'done' | 'inProgress' | 'failed' | 'notStarted'

export interface StageStep {
  stage: TransactionStage
  state: StageState
  /** The step the application is at (`aria-current="step"`). */
  current: boolean
}

export type Overall = 'ready' | 'inProgress' | 'failed'

export interface Progress {
  overall: Overall
  steps: StageStep[]
}

/** MOSIP's rule: the card can be downloaded at the last stage, once it succeeded. */
export function isCardReady(stage: AidStage): boolean {
  return stage.transactionStage === 'CARD_READY_TO_DOWNLOAD' && stage.aidStatus === 'SUCCESS'
}

/**
 * The five stages with a state each. Stages before the reported one are done; the reported one
 * is in progress or failed; a stage that succeeded hands over to the next, which is then in
 * progress. An unknown stage counts as the first.
 */
export function progressOf(stage: AidStage): Progress {
  const reported = Math.max(0, TRANSACTION_STAGES.indexOf(stage.transactionStage))
  const last = TRANSACTION_STAGES.length - 1
  if (isCardReady(stage)) {
    return {
      overall: 'ready',
      steps: TRANSACTION_STAGES.map((s, i) => ({ stage: s, state: 'done', current: i === last })),
    }
  }
  const failed = stage.aidStatus === 'FAILURE'
  const current = stage.aidStatus === 'SUCCESS' ? Math.min(reported + 1, last) : reported
  const steps = TRANSACTION_STAGES.map((s, i): StageStep => {
    const state: StageState =
      i < current ? 'done' : i > current ? 'notStarted' : failed ? 'failed' : 'inProgress'
    return { stage: s, state, current: i === current }
  })
  return { overall: failed ? 'failed' : 'inProgress', steps }
}

/** Failure reasons with a text of their own; any other code gets the general one. */
export const KNOWN_FAILURE_REASONS = [
  'DOCUMENT_REJECTED',
  'DUPLICATE',
  'BIOMETRIC_QUALITY',
] as const

export type FailureReason = (typeof KNOWN_FAILURE_REASONS)[number] | 'other'

export function failureReasonOf(code: string | null): FailureReason {
  return KNOWN_FAILURE_REASONS.find((known) => known === code) ?? 'other'
}
