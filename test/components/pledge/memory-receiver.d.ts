export interface StoredPledge {
  key: string;
  receipt: string;
  receivedAt: string;
  bodyHash: string;
  pledge: Record<string, unknown>;
}
export type Validation =
  { ok: true; data: Record<string, unknown> } | { ok: false; errors: readonly { path: string; message: string }[] };
export interface ReceiverCore {
  post(request: {
    headers: Record<string, string | undefined>;
    body: unknown;
  }): Promise<{ status: number; json: unknown }>;
  list(): { status: number; json: unknown };
  count(): number;
}
export function createReceiverCore(options: {
  validate: (input: unknown, template: never, options: { lang: 'vi' | 'en' }) => Validation;
  dataset: { pledgeTemplates?: readonly { id: string; year: number }[]; units?: readonly unknown[] };
  records?: StoredPledge[];
  append?: (record: StoredPledge) => void | Promise<void>;
  now?: () => Date;
}): ReceiverCore;
