import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trace an outbox row was written in (a W3C traceparent), so that its
 * delivery continues the same trace. Only the well-formed 55-character form is
 * stored: nothing else rides along in the row. Rows written before have none.
 */
export class OutboxTraceContext1795982100000 implements MigrationInterface {
  name = 'OutboxTraceContext1795982100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE outbox ADD COLUMN traceparent text
        CONSTRAINT outbox_traceparent_format CHECK (traceparent ~ '^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN traceparent`);
  }
}
