/**
 * `npx lamtheo receiver …`: the pledge receiver a ward runs. Bundled to dist/receiver.js by
 * scripts/build-cli.js; bin/lamtheo.js hands it the `receiver` command. `createReceiver` is the
 * same receiver without a port, for the demo server and the test runner.
 *
 *   lamtheo receiver --port 8787 --data ./dang-ky --dataset du-lieu.json
 *   DATABASE_URL=postgres://… lamtheo receiver --dataset du-lieu.json
 *   lamtheo receiver add-reviewer --unit <id> --data ./dang-ky [--name "…"]
 *   lamtheo receiver list-reviewers --data ./dang-ky
 *   lamtheo receiver revoke-reviewer <id> --data ./dang-ky
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { msg, str } from '@lit/localize';
import { inLanguage } from '../cli/words.js';
import { checkDataset } from '../data/check/check.js';
import type { Lang } from '../data/words/issues.js';
import { DatasetFileError, readDatasetFile, viewOf, watchDataset, type DatasetView } from './dataset-file.js';
import { createReceiverApp } from './http.js';
import { migrate } from './migrations.js';
import { createRegistrations } from './registrations.js';
import { adminHandler, socketAdmin, socketPath, storeAdmin, type ReviewerAdmin } from './reviewers.js';
import { FolderBusyError, folderHolder, openStore, type Store } from './store.js';

export { migrate, migrations } from './migrations.js';
export { openStore } from './store.js';

export interface ReceiverOptions {
  /** The embedded store's folder (also where the lock and the admin socket live). */
  data?: string;
  /** PostgreSQL instead of the embedded store. */
  databaseUrl?: string;
  /** The dataset file (re-read when it changes), or a dataset object. */
  dataset: string | Record<string, unknown>;
  allowOrigins?: readonly string[];
  rateLimit?: number;
  trustProxy?: boolean;
  base?: string;
  log?: (line: string) => void;
  onDatasetProblem?: (error: DatasetFileError) => void;
}

export interface Receiver {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  admin: ReviewerAdmin;
  store: Store;
  /** Empties the store (tests only). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function createReceiver(options: ReceiverOptions): Promise<Receiver> {
  const dataset =
    typeof options.dataset === 'string'
      ? await watchDataset(resolve(options.dataset), options.onDatasetProblem ?? (() => {}))
      : await fixedDataset(options.dataset);
  const store = await openStore({ data: options.data, databaseUrl: options.databaseUrl });
  try {
    await migrate(store);
    const { rows } = await store.query<{ value: string }>("select value from settings where name = 'code-secret'");
    const registrations = createRegistrations(store, rows[0].value);
    const app = createReceiverApp({ ...options, store, registrations, dataset });
    return {
      handle: app.handle,
      admin: storeAdmin(store),
      store,
      async reset() {
        await store.query('delete from registrations');
        await store.query('delete from reviewers');
      },
      async close() {
        app.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

async function fixedDataset(input: Record<string, unknown>) {
  const result = await checkDataset(input);
  if (!result.ok)
    throw new DatasetFileError(
      'dataset',
      result.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`),
    );
  const view = viewOf(result.value, input);
  return { current: async () => view };
}

interface Args {
  command: 'serve' | 'add-reviewer' | 'list-reviewers' | 'revoke-reviewer' | 'help';
  port: number;
  host: string;
  data: string;
  dataset?: string;
  unit?: string;
  name?: string;
  id?: string;
  allowOrigins: string[];
  rateLimit: number;
  trustProxy: boolean;
  lang: Lang;
  problem?: string;
}

export function parseReceiverArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Args {
  const args: Args = {
    command: 'serve',
    port: 8787,
    host: '127.0.0.1',
    data: 'dang-ky',
    allowOrigins: (env.LAMTHEO_ALLOW_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    rateLimit: 30,
    trustProxy: false,
    lang: 'vi',
  };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i]];
    const value = () => inline ?? argv[++i] ?? '';
    switch (flag) {
      case '--port': {
        const v = value();
        args.port = Number(v);
        if (!/^\d+$/.test(v) || args.port > 65535) args.problem = `--port ${v}`;
        break;
      }
      case '--host':
        args.host = value();
        break;
      case '--data':
        args.data = value();
        break;
      case '--dataset':
        args.dataset = value();
        break;
      case '--unit':
        args.unit = value();
        break;
      case '--name':
        args.name = value();
        break;
      case '--allow-origin':
        args.allowOrigins.push(value());
        break;
      case '--rate-limit': {
        const v = value();
        args.rateLimit = Number(v);
        if (!/^\d+$/.test(v)) args.problem = `--rate-limit ${v}`;
        break;
      }
      case '--trust-proxy':
        args.trustProxy = true;
        break;
      case '--lang': {
        const v = value();
        if (v === 'vi' || v === 'en') args.lang = v;
        else args.problem = `--lang ${v}`;
        break;
      }
      case '--help':
      case '-h':
        args.command = 'help';
        break;
      default:
        if (flag.startsWith('-')) args.problem = flag;
        else rest.push(flag);
    }
  }
  const [command, id] = rest;
  if (command === 'add-reviewer' || command === 'list-reviewers' || command === 'revoke-reviewer') {
    if (args.command !== 'help') args.command = command;
    args.id = id;
  } else if (command === 'help') args.command = 'help';
  else if (command !== undefined) args.problem = command;
  return args;
}

const help = () =>
  msg(
    `Cách dùng:
  lamtheo receiver --dataset du-lieu.json [--data ./dang-ky] [--port 8787] [--host 127.0.0.1]
                   [--allow-origin https://phuong.gov.vn]... [--rate-limit 30] [--trust-proxy]
  lamtheo receiver add-reviewer --unit MÃ-ĐƠN-VỊ [--name "Chi ủy ..."] --data ./dang-ky
  lamtheo receiver list-reviewers --data ./dang-ky
  lamtheo receiver revoke-reviewer SỐ --data ./dang-ky

Máy nhận bản đăng ký học tập và làm theo: nhận bản đăng ký từ biểu mẫu, để chi ủy xác nhận,
công khai, và cuối năm để người đăng ký tự đánh giá, chi ủy xếp loại.
Dữ liệu lưu trong thư mục --data (không cần cài máy chủ cơ sở dữ liệu). Đặt biến môi trường
DATABASE_URL=postgres://... để dùng PostgreSQL.
Mẫu đăng ký và đơn vị lấy từ tệp --dataset (đọc lại khi tệp thay đổi).`,
    { id: 'cli.rx.help' },
  );

export async function runReceiverCli(
  argv: readonly string[],
  io: { out?: (line: string) => void; err?: (line: string) => void; env?: NodeJS.ProcessEnv } = {},
): Promise<number> {
  const out = io.out ?? ((line: string) => console.log(line));
  const err = io.err ?? ((line: string) => console.error(line));
  const env = io.env ?? process.env;
  const args = parseReceiverArgs(argv, env);
  const say = (words: () => string) => inLanguage(args.lang, words);
  if (args.command === 'help') {
    out(say(help));
    return 0;
  }
  if (args.problem) {
    err(`lamtheo receiver: ${args.problem}\n\n${say(help)}`);
    return 2;
  }
  const folder = resolve(args.data);
  const databaseUrl = env.DATABASE_URL || undefined;

  if (args.command !== 'serve') return reviewerCommand(args, folder, databaseUrl, out, err, say);

  if (!args.dataset) {
    err(
      say(() =>
        msg('lamtheo receiver: cần --dataset TỆP (tệp dữ liệu có mẫu đăng ký và đơn vị)', {
          id: 'cli.rx.need-dataset',
        }),
      ),
    );
    return 2;
  }
  let receiver: Receiver;
  try {
    receiver = await createReceiver({
      data: folder,
      databaseUrl,
      dataset: args.dataset,
      allowOrigins: args.allowOrigins,
      rateLimit: args.rateLimit,
      trustProxy: args.trustProxy,
      log: (line) => out(`${new Date().toISOString()} ${line}`),
      onDatasetProblem: (e) =>
        err(
          say(() =>
            msg(str`Tệp dữ liệu ${e.file} vừa sửa có lỗi; vẫn dùng bản trước. ${e.messages.join('; ')}`, {
              id: 'cli.rx.dataset-changed-bad',
            }),
          ),
        ),
    });
  } catch (error) {
    err(startProblem(error, args, say));
    return 1;
  }
  if (!databaseUrl)
    writeFileSync(join(folder, 'receiver.json'), `${JSON.stringify({ dataset: resolve(args.dataset) })}\n`);

  const server = createServer((req, res) => void receiver.handle(req, res));
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  const admin = databaseUrl
    ? undefined
    : createServer(adminHandler(receiver.admin, (unit) => unitProblem(args.dataset!, unit, args.lang)));
  try {
    await listen(server, args.port, args.host);
    if (admin) {
      rmSync(socketPath(folder), { force: true });
      await listen(admin, socketPath(folder)).catch(() => undefined);
    }
  } catch (error) {
    await receiver.close();
    err(`lamtheo receiver: ${(error as Error).message}`);
    return 1;
  }
  const { port } = server.address() as AddressInfo;
  const host = args.host === '0.0.0.0' || args.host === '::' ? '127.0.0.1' : args.host;
  out(`lamtheo receiver: http://${host}:${port} (store: ${receiver.store.kind} ${receiver.store.where})`);

  return new Promise<number>((done) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      server.close();
      server.closeAllConnections();
      admin?.close();
      void receiver.close().then(() => done(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

function listen(server: ReturnType<typeof createServer>, port: number | string, host?: string) {
  return new Promise<void>((ok, fail) => {
    server.once('error', fail);
    if (typeof port === 'string') server.listen(port, () => ok());
    else server.listen(port, host, () => ok());
  });
}

function startProblem(error: unknown, args: Args, say: (w: () => string) => string): string {
  if (error instanceof FolderBusyError)
    return say(() =>
      msg(str`lamtheo receiver: thư mục ${error.folder} đang được máy nhận khác dùng (tiến trình ${error.pid}).`, {
        id: 'cli.rx.folder-busy',
      }),
    );
  if (error instanceof DatasetFileError)
    return say(() =>
      msg(str`lamtheo receiver: tệp dữ liệu ${error.file} chưa dùng được: ${error.messages.join('; ')}`, {
        id: 'cli.rx.dataset-bad',
      }),
    );
  const code = (error as { code?: string })?.code;
  if (code === 'ECONNREFUSED' || code === '28P01' || code === '3D000' || code === 'ENOTFOUND')
    return say(() =>
      msg(str`lamtheo receiver: không kết nối được PostgreSQL theo DATABASE_URL (${code}).`, {
        id: 'cli.rx.pg-refused',
      }),
    );
  return `lamtheo receiver: ${String((error as Error)?.message ?? error)} (${args.data})`;
}

/** A reason `unitId` is not a unit of the dataset, or undefined when it is (or nothing is known). */
async function unitProblem(datasetFile: string | undefined, unitId: string, lang: Lang): Promise<string | undefined> {
  if (!datasetFile) return undefined;
  let view: DatasetView;
  try {
    view = await readDatasetFile(datasetFile);
  } catch {
    return undefined;
  }
  if (view.units.has(unitId)) return undefined;
  const known = [...view.units.keys()].slice(0, 20).join(', ');
  return inLanguage(lang, () =>
    msg(str`tệp ${datasetFile} không có đơn vị mã ${unitId}. Các mã đơn vị có trong tệp: ${known}`, {
      id: 'cli.rx.unknown-unit',
    }),
  );
}

async function reviewerCommand(
  args: Args,
  folder: string,
  databaseUrl: string | undefined,
  out: (line: string) => void,
  err: (line: string) => void,
  say: (w: () => string) => string,
): Promise<number> {
  if (args.command === 'add-reviewer' && !args.unit) {
    err(say(() => msg('lamtheo receiver add-reviewer: cần --unit MÃ-ĐƠN-VỊ', { id: 'cli.rx.need-unit' })));
    return 2;
  }
  if (args.command === 'revoke-reviewer' && !/^\d+$/.test(args.id ?? '')) {
    err(
      say(() =>
        msg('lamtheo receiver revoke-reviewer: cần số của người duyệt (xem list-reviewers)', { id: 'cli.rx.need-id' }),
      ),
    );
    return 2;
  }
  const remembered = join(folder, 'receiver.json');
  const datasetFile =
    args.dataset ??
    (existsSync(remembered) ? (JSON.parse(readFileSync(remembered, 'utf8')).dataset as string) : undefined);
  let admin: ReviewerAdmin;
  let close = async () => {};
  if (!databaseUrl && folderHolder(folder)) admin = socketAdmin(folder);
  else {
    let store: Store;
    try {
      store = await openStore({ data: folder, databaseUrl });
      await migrate(store);
    } catch (error) {
      err(startProblem(error, args, say));
      return 1;
    }
    admin = storeAdmin(store);
    close = () => store.close();
  }
  try {
    if (args.command === 'add-reviewer') {
      const problem = await unitProblem(datasetFile, args.unit!, args.lang);
      if (problem) {
        err(`lamtheo receiver: ${problem}`);
        return 1;
      }
      const { id, token } = await admin.add(args.unit!, args.name);
      const unit = args.unit!;
      out(say(() => msg(str`Mã người duyệt số ${id} cho đơn vị ${unit}:`, { id: 'cli.rx.token-for' })));
      out(`  ${token}`);
      out(
        say(() =>
          msg(
            str`Mã chỉ hiện lần này: gửi riêng cho chi ủy. Thu hồi: npx lamtheo receiver revoke-reviewer ${id} --data ${args.data}`,
            {
              id: 'cli.rx.token-once',
            },
          ),
        ),
      );
    } else if (args.command === 'list-reviewers') {
      for (const r of await admin.list())
        out(
          `${r.id}\t${r.unitId}\t${r.name ?? ''}\t${r.createdAt.slice(0, 10)}\t${r.revokedAt ? `revoked ${r.revokedAt.slice(0, 10)}` : ''}`,
        );
    } else {
      const id = Number(args.id);
      const revoked = await admin.revoke(id);
      out(
        say(() =>
          revoked
            ? msg(str`Đã thu hồi mã người duyệt số ${id}.`, { id: 'cli.rx.revoked' })
            : msg(str`Không có mã người duyệt số ${id} còn hiệu lực.`, { id: 'cli.rx.not-revoked' }),
        ),
      );
      return revoked ? 0 : 1;
    }
    return 0;
  } catch (error) {
    err(`lamtheo receiver: ${String((error as Error).message ?? error)}`);
    return 1;
  } finally {
    await close();
  }
}
