import { type Kysely, sql } from 'kysely'

// Great-circle search uses cube + earthdistance: a GiST index on ll_to_earth() answers
// earth_box() containment without a full scan and is correct near the poles and the antimeridian.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS cube`.execute(db)
  await sql`CREATE EXTENSION IF NOT EXISTS earthdistance`.execute(db)

  await db.schema
    .createTable('md_language')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('native_name', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction IN ('ltr', 'rtl')`))
    .execute()

  await db.schema
    .createTable('md_location_level')
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('lang_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('md_location_level_pk', ['level', 'lang_code'])
    .execute()

  await db.schema
    .createTable('md_location')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('lang_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .addPrimaryKeyConstraint('md_location_pk', ['code', 'lang_code'])
    .execute()
  await db.schema
    .createIndex('md_location_parent_idx')
    .on('md_location')
    .columns(['parent_code', 'lang_code'])
    .execute()
  await db.schema
    .createIndex('md_location_level_idx')
    .on('md_location')
    .columns(['lang_code', 'level'])
    .execute()

  await db.schema
    .createTable('md_location_ancestor')
    .addColumn('location_code', 'text', (c) => c.notNull())
    .addColumn('ancestor_code', 'text', (c) => c.notNull())
    .addColumn('ancestor_level', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('md_location_ancestor_pk', ['ancestor_code', 'location_code'])
    .execute()

  await db.schema
    .createTable('md_center')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('lang_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('center_type_code', 'text', (c) => c.notNull())
    .addColumn('address_line1', 'text', (c) => c.notNull())
    .addColumn('address_line2', 'text', (c) => c.notNull())
    .addColumn('address_line3', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('contact_person', 'text', (c) => c.notNull())
    .addColumn('working_hours', 'text', (c) => c.notNull())
    .addColumn('number_of_kiosks', 'integer', (c) => c.notNull())
    .addColumn('per_kiosk_process_time', 'text', (c) => c.notNull())
    .addColumn('center_start_time', 'text', (c) => c.notNull())
    .addColumn('center_end_time', 'text', (c) => c.notNull())
    .addColumn('lunch_start_time', 'text', (c) => c.notNull())
    .addColumn('lunch_end_time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('location_code', 'text', (c) => c.notNull())
    .addColumn('holiday_location_code', 'text', (c) => c.notNull())
    .addColumn('zone_code', 'text', (c) => c.notNull())
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('md_center_pk', ['id', 'lang_code'])
    .execute()
  await db.schema
    .createIndex('md_center_location_idx')
    .on('md_center')
    .columns(['location_code', 'lang_code'])
    .execute()

  await db.schema
    .createTable('md_center_geo')
    .addColumn('center_id', 'text', (c) => c.primaryKey())
    .addColumn('latitude', 'double precision', (c) =>
      c.notNull().check(sql`latitude BETWEEN -90 AND 90`),
    )
    .addColumn('longitude', 'double precision', (c) =>
      c.notNull().check(sql`longitude BETWEEN -180 AND 180`),
    )
    .execute()
  await sql`CREATE INDEX md_center_geo_earth_idx ON md_center_geo USING gist (ll_to_earth(latitude, longitude))`.execute(
    db,
  )

  await db.schema
    .createTable('md_day_of_week')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('lang_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('day_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('md_day_of_week_pk', ['code', 'lang_code'])
    .execute()

  await db.schema
    .createTable('md_center_working_day')
    .addColumn('center_id', 'text', (c) => c.notNull())
    .addColumn('day_code', 'text', (c) => c.notNull())
    .addColumn('is_working', 'boolean', (c) => c.notNull())
    .addPrimaryKeyConstraint('md_center_working_day_pk', ['center_id', 'day_code'])
    .execute()

  await db.schema
    .createTable('md_holiday')
    .addColumn('location_code', 'text', (c) => c.notNull())
    .addColumn('holiday_date', 'date', (c) => c.notNull())
    .addColumn('lang_code', 'text', (c) => c.notNull())
    .addColumn('holiday_name', 'text', (c) => c.notNull())
    .addColumn('holiday_desc', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('md_holiday_pk', ['location_code', 'holiday_date', 'lang_code'])
    .execute()

  await db.schema
    .createTable('md_document_category')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('lang_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('md_document_category_pk', ['code', 'lang_code'])
    .execute()
  await db.schema
    .createTable('md_document_type')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('lang_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('md_document_type_pk', ['code', 'lang_code'])
    .execute()
  await db.schema
    .createTable('md_valid_document')
    .addColumn('category_code', 'text', (c) => c.notNull())
    .addColumn('doc_type_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('md_valid_document_pk', ['category_code', 'doc_type_code'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'md_valid_document',
    'md_document_type',
    'md_document_category',
    'md_holiday',
    'md_center_working_day',
    'md_day_of_week',
    'md_center_geo',
    'md_center',
    'md_location_ancestor',
    'md_location',
    'md_location_level',
    'md_language',
  ]) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
