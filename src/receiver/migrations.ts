/**
 * The receiver's database schema as numbered migrations, applied in order at start, each in
 * its own transaction and recorded in `lamtheo_migrations`; the same SQL for PGlite and
 * PostgreSQL. A migration, once released, never changes: a change is a new number. On
 * PostgreSQL an advisory lock keeps two receivers starting at once from applying one twice.
 */
import { randomBytes } from 'node:crypto';
import type { Store } from './store.js';

export interface Migration {
  readonly id: number;
  readonly name: string;
  /** One statement each: PGlite's parameterised query runs one at a time. */
  readonly statements: readonly string[];
}

export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: 'registrations, reviewers, settings',
    statements: [
      `create sequence registration_number`,
      `create table registrations (
         receipt text primary key,
         idempotency_key text not null unique,
         body_hash text not null,
         template_id text not null,
         year integer not null,
         unit_id text,
         cell_id text,
         submission jsonb not null,
         consent boolean not null default false,
         published boolean not null default false,
         status text not null default 'submitted'
         check (status in ('submitted', 'returned', 'confirmed', 'assessed', 'rated')),
         review jsonb,
         confirmed_at timestamptz,
         confirmed_by text,
         assessment jsonb,
         rating text check (rating in ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
         rated_at timestamptz,
         received_at timestamptz not null default now(),
         updated_at timestamptz not null default now()
         )`,
      `create index registrations_unit on registrations (unit_id)`,
      `create index registrations_cell on registrations (cell_id)`,
      `create table reviewers (
         id serial primary key,
         unit_id text not null,
         name text,
         token_hash text not null unique,
         created_at timestamptz not null default now(),
         revoked_at timestamptz
         )`,
      `create table settings (name text primary key, value text not null)`,
    ],
  },
];

const LOCK = 74_616_010; // any constant; "lamtheo" receiver migrations

/** Applies the migrations the store lacks; returns the ids applied now. */
export async function migrate(store: Store, list: readonly Migration[] = migrations): Promise<number[]> {
  await store.query(
    'create table if not exists lamtheo_migrations (id integer primary key, name text not null, applied_at timestamptz not null default now())',
  );
  return store.transaction(async (tx) => {
    if (store.kind === 'postgres') await tx.query('select pg_advisory_xact_lock($1)', [LOCK]);
    const done = new Set((await tx.query<{ id: number }>('select id from lamtheo_migrations')).rows.map((r) => r.id));
    const applied: number[] = [];
    for (const m of list) {
      if (done.has(m.id)) continue;
      for (const statement of m.statements) await tx.query(statement);
      await tx.query('insert into lamtheo_migrations (id, name) values ($1, $2)', [m.id, m.name]);
      applied.push(m.id);
    }
    // The secret under which private codes are derived (registrations.ts), made once per store.
    await tx.query("insert into settings (name, value) values ('code-secret', $1) on conflict (name) do nothing", [
      randomBytes(32).toString('base64url'),
    ]);
    return applied;
  });
}
