/**
 * Reviewer tokens (the cell committee's sign-in): made by `add-reviewer`, printed once, kept
 * only as SHA-256, revocable. When a running embedded receiver holds the data folder, the
 * command asks it over a socket in that folder (receiver.sock, reachable only by whoever can
 * open the folder) instead of opening the store a second time.
 */
import { randomBytes } from 'node:crypto';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { sha256 } from './registrations.js';
import type { Queryable } from './store.js';

export interface ReviewerInfo {
  id: number;
  unitId: string;
  name: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface ReviewerAdmin {
  add(unitId: string, name?: string): Promise<{ id: number; token: string }>;
  list(): Promise<ReviewerInfo[]>;
  revoke(id: number): Promise<boolean>;
}

export function storeAdmin(db: Queryable): ReviewerAdmin {
  return {
    async add(unitId, name) {
      const token = `lt_${randomBytes(24).toString('base64url')}`;
      const { rows } = await db.query<{ id: number }>(
        'insert into reviewers (unit_id, name, token_hash) values ($1, $2, $3) returning id',
        [unitId, name ?? null, sha256(token)],
      );
      return { id: Number(rows[0].id), token };
    },
    async list() {
      const { rows } = await db.query<{
        id: number;
        unit_id: string;
        name: string | null;
        created_at: Date;
        revoked_at: Date | null;
      }>('select id, unit_id, name, created_at, revoked_at from reviewers order by id');
      return rows.map((r) => ({
        id: Number(r.id),
        unitId: r.unit_id,
        name: r.name,
        createdAt: new Date(r.created_at).toISOString(),
        revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
      }));
    },
    async revoke(id) {
      const { rows } = await db.query(
        'update reviewers set revoked_at = now() where id = $1 and revoked_at is null returning id',
        [id],
      );
      return rows.length > 0;
    },
  };
}

export const socketPath = (folder: string) => join(folder, 'receiver.sock');

/** The admin side of the socket, in the running receiver. */
export function adminHandler(admin: ReviewerAdmin, checkUnit: (unitId: string) => Promise<string | undefined>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    try {
      const chunks: Buffer[] = [];
      for await (const c of req as AsyncIterable<Buffer>) chunks.push(c);
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      if (req.method === 'POST' && req.url === '/reviewers') {
        const problem = await checkUnit(String(body.unitId));
        if (problem) return reply(422, { error: problem });
        return reply(200, await admin.add(String(body.unitId), body.name ? String(body.name) : undefined));
      }
      if (req.method === 'GET' && req.url === '/reviewers') return reply(200, await admin.list());
      const revoke = /^\/reviewers\/(\d+)\/revoke$/.exec(req.url ?? '');
      if (req.method === 'POST' && revoke) return reply(200, { revoked: await admin.revoke(Number(revoke[1])) });
      reply(404, { error: 'no such command' });
    } catch (error) {
      reply(500, { error: String((error as Error).message ?? error) });
    }
  };
}

/** The same three operations, asked of the receiver that holds `folder`. */
export function socketAdmin(folder: string): ReviewerAdmin {
  const ask = <T>(method: string, path: string, body?: unknown) =>
    new Promise<T>((ok, fail) => {
      const req = request(
        { socketPath: socketPath(folder), method, path, headers: { 'Content-Type': 'application/json' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const json = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
            if (res.statusCode === 200) ok(json as T);
            else fail(new Error(json.error ?? `status ${res.statusCode}`));
          });
        },
      );
      req.on('error', fail);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  return {
    add: (unitId, name) => ask('POST', '/reviewers', { unitId, name }),
    list: () => ask('GET', '/reviewers'),
    revoke: (id) => ask<{ revoked: boolean }>('POST', `/reviewers/${id}/revoke`).then((r) => r.revoked),
  };
}
