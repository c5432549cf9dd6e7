import type { Database } from '../client.js';
import { auditLog } from '../schema/index.js';

export type AuditAction =
  | 'role.grant'
  | 'role.revoke'
  | 'invite.create'
  | 'invite.accept'
  | 'access.refused'
  | 'person.erased'
  | 'retention.run';

/** Appends to the audit log. Detail holds ids and codes, never names or messages. */
export function auditRepository(db: Database) {
  return {
    async record(entry: {
      at: Date;
      actorPersonId: number | null;
      action: AuditAction;
      subject?: string;
      detail?: Record<string, unknown>;
    }): Promise<void> {
      await db.insert(auditLog).values({
        at: entry.at,
        actorPersonId: entry.actorPersonId,
        action: entry.action,
        subject: entry.subject ?? null,
        detail: entry.detail ?? {},
      });
    },
  };
}
export type AuditRepository = ReturnType<typeof auditRepository>;
