import { describe, expect, it } from 'vitest'
import type { AidStage } from './api.ts'
import { failureReasonOf, isCardReady, progressOf } from './stages.ts'

const stage = (aidStatus: AidStage['aidStatus'], transactionStage: string): AidStage => ({
  aidStatus,
  transactionStage: transactionStage as AidStage['transactionStage'],
  failureReason: null,
})

const states = (s: AidStage) => progressOf(s).steps.map((step) => step.state)
const currentIndex = (s: AidStage) => progressOf(s).steps.findIndex((step) => step.current)

describe('application progress', () => {
  it('is ready only at the last stage with success', () => {
    expect(isCardReady(stage('SUCCESS', 'CARD_READY_TO_DOWNLOAD'))).toBe(true)
    expect(isCardReady(stage('IN-PROGRESS', 'CARD_READY_TO_DOWNLOAD'))).toBe(false)
    expect(isCardReady(stage('SUCCESS', 'UIN_GENERATION_STAGE'))).toBe(false)
    expect(progressOf(stage('SUCCESS', 'CARD_READY_TO_DOWNLOAD')).overall).toBe('ready')
  })

  it('marks earlier stages done and the reported one in progress', () => {
    const s = stage('IN-PROGRESS', 'VERIFICATION_STAGE')
    expect(states(s)).toEqual(['done', 'done', 'inProgress', 'notStarted', 'notStarted'])
    expect(currentIndex(s)).toBe(2)
    expect(progressOf(s).overall).toBe('inProgress')
  })

  it('moves on to the next stage once one succeeded', () => {
    const s = stage('SUCCESS', 'VALIDATION_STAGE')
    expect(states(s)).toEqual(['done', 'done', 'inProgress', 'notStarted', 'notStarted'])
    expect(currentIndex(s)).toBe(2)
  })

  it('shows where a failed application stopped', () => {
    const s = stage('FAILURE', 'UIN_GENERATION_STAGE')
    expect(states(s)).toEqual(['done', 'done', 'done', 'failed', 'notStarted'])
    expect(currentIndex(s)).toBe(3)
    expect(progressOf(s).overall).toBe('failed')
  })

  it('counts an unknown stage as the first', () => {
    expect(states(stage('IN-PROGRESS', 'SOMETHING_NEW'))[0]).toBe('inProgress')
  })

  it('knows the failure reasons it can explain', () => {
    expect(failureReasonOf('DUPLICATE')).toBe('DUPLICATE')
    expect(failureReasonOf('PAYMENT_MISSING')).toBe('other')
    expect(failureReasonOf(null)).toBe('other')
  })
})
