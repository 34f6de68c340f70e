import type { Kysely } from 'kysely'
import type { ChangeFeed } from '../../change-feed.ts'
import type { CentreChange } from '../../masterdata.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'

/**
 * Changes one centre in one transaction that also announces the change, so that no process
 * keeps answering from memory what the database no longer says. False when the centre does
 * not exist in the language.
 */
export async function updateCentre(
  db: Database,
  changes: ChangeFeed,
  centreId: string,
  langCode: string,
  change: CentreChange,
): Promise<boolean> {
  const found = await db.transaction().execute(async (trx) => {
    const centre = await trx
      .selectFrom('md_center')
      .select('id')
      .where('id', '=', centreId)
      .where('lang_code', '=', langCode)
      .forUpdate()
      .executeTakeFirst()
    if (!centre) return false
    if (change.name !== undefined) {
      await trx
        .updateTable('md_center')
        .set({ name: change.name })
        .where('id', '=', centreId)
        .where('lang_code', '=', langCode)
        .execute()
    }
    if (change.workingDays !== undefined) {
      // Working days belong to the centre, not to a language: one row per day of the week.
      const open = new Set(change.workingDays)
      const days = await trx.selectFrom('md_day_of_week').select('code').distinct().execute()
      await trx.deleteFrom('md_center_working_day').where('center_id', '=', centreId).execute()
      if (days.length > 0) {
        await trx
          .insertInto('md_center_working_day')
          .values(
            days.map((d) => ({
              center_id: centreId,
              day_code: d.code,
              is_working: open.has(d.code),
            })),
          )
          .execute()
      }
    }
    await changes.announce(trx as unknown as Kysely<unknown>)
    return true
  })
  if (found) changes.changed()
  return found
}
