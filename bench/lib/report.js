// Markdown for stdout: one table per scenario and the size table. Units come from the
// metric's name: …Ms → ms, …KB → kB, …MB → MB, …Bytes → bytes; anything else as is.
const number = (value, digits) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatValue(metric, value) {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (/Ms$/.test(metric)) return `${number(value, value < 100 ? 1 : 0)} ms`;
  if (/KB$/.test(metric)) return `${number(value, 1)} kB`;
  if (/MB$/.test(metric)) return `${number(value, 1)} MB`;
  if (/Bytes$/.test(metric)) return `${number(value, 0)} B`;
  return number(value, Number.isInteger(value) ? 0 : 2);
}

const kB = (bytes) => `${number(bytes / 1000, 1)} kB`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function targetText(metric, target) {
  if (!target) return '';
  const parts = [];
  if (target.max !== undefined) parts.push(`≤ ${formatValue(metric, target.max)}`);
  if (target.lessThanPeer) parts.push('< peer');
  return parts.join(', ');
}

const okText = (target) => (!target ? '' : target.ok ? 'ok' : `**MISSED** (${target.why})`);

export function scenarioTable(result) {
  const peers = result.contenders.filter((name) => name !== 'lamtheo');
  const head = [
    'metric',
    'lamtheo',
    ...peers,
    ...peers.map((peer) => (peers.length > 1 ? `ratio vs ${peer}` : 'ratio')),
    'target',
    'ok',
  ];
  const cell = (name, metric) => {
    const value = result.medians[name][metric];
    const noise = result.spreads[name][metric];
    return formatValue(metric, value) + (noise === undefined ? '' : ` ±${Math.round(noise * 100)}%`);
  };
  const rows = result.metrics.map((metric) => [
    result.labels[metric] ? `${result.labels[metric]} (\`${metric}\`)` : `\`${metric}\``,
    cell('lamtheo', metric),
    ...peers.map((peer) => cell(peer, metric)),
    ...peers.map((peer) => {
      const ratio = result.ratios[peer][metric];
      return ratio === undefined ? '—' : `${number(ratio, 2)}×`;
    }),
    targetText(metric, result.targets[metric]),
    okText(result.targets[metric]),
  ]);
  const errors = result.contenders.flatMap((name) =>
    result.samples[name].flatMap((sample, i) => [
      ...(sample.error ? [`- ERROR ${name}, run ${i + 1}: ${sample.error}`] : []),
      ...(sample.pageErrors ?? []).map((message) => `- page error ${name}, run ${i + 1}: ${message}`),
    ]),
  );
  return [
    `## ${result.name}`,
    '',
    ...(result.description ? [result.description, ''] : []),
    `Medians of ${result.runs} interleaved run(s), ± half the range; ratio = lamtheo / peer (below 1 is better).`,
    '',
    table(head, rows),
    ...(errors.length ? ['', ...errors.slice(0, 12)] : []),
  ].join('\n');
}

export function sizeTable(results) {
  const rows = results.map((r) => [
    `\`${r.page}\``,
    r.files.map((file) => `\`${file.path.replace(/^\/dist\//, '')}\``).join(', ') || '(none)',
    kB(r.bytes),
    kB(r.gzip),
    r.max === undefined ? '' : `≤ ${kB(r.max)}`,
    r.ok ? 'ok' : `**MISSED** (${r.problems.join('; ')})`,
  ]);
  return [
    '## size: JavaScript each entry-point page downloads',
    '',
    'Every JavaScript response of the page until the network is idle and every lamtheo tag is defined; gzip -9 measured here (1 kB = 1000 B).',
    '',
    table(['page', 'files (dist/…)', 'raw', 'gzip', 'budget', 'ok'], rows),
  ].join('\n');
}

/** Lines naming every missed target, for the end of the output. */
export function missedLines(sizes, scenarios) {
  return [
    ...sizes.filter((r) => !r.ok).map((r) => `MISSED size ${r.page}: ${r.problems.join('; ')}`),
    ...scenarios.flatMap((s) =>
      Object.entries(s.targets)
        .filter(([, t]) => !t.ok)
        .map(
          ([metric, t]) => `MISSED ${s.name} ${metric} = ${formatValue(metric, s.medians.lamtheo[metric])}: ${t.why}`,
        ),
    ),
    ...scenarios.flatMap((s) =>
      s.contenders
        .map((name) => [name, s.samples[name].filter((sample) => sample.error).length])
        .filter(([, failed]) => failed > 0)
        .map(([name, failed]) => `ERROR ${s.name} ${name}: ${failed} of ${s.runs} run(s) failed (see above)`),
    ),
  ];
}

/** The receiver's load test (bench/scenarios/receiver.js): one row per store. */
export function receiverTable(result) {
  const rows = Object.entries(result.stores).map(([store, r]) => {
    if (r.skipped) return [store, `skipped: ${r.skipped}`, '', '', '', '', '', '', ''];
    if (r.error) return [store, `ERROR ${r.error}`, '', '', '', '', '', '', ''];
    return [
      store,
      number(r.registrationsPerSecond, 0),
      formatValue('p50Ms', r.p50Ms),
      formatValue('p99Ms', r.p99Ms),
      number(r.acknowledged, 0),
      `${number(r.repeatsOk, 0)} / ${number(r.repeats, 0)}`,
      `${number(r.retriedKeys, 0)} (${number(r.storedBeforeAck, 0)} already stored)`,
      formatValue('restartMs', r.restartMs),
      r.problems.length ? `**MISSED** (${r.problems.length} problem(s))` : 'ok',
    ];
  });
  const problems = Object.entries(result.stores).flatMap(([store, r]) =>
    (r.problems ?? []).slice(0, 10).map((line) => `- ${store}: ${line}`),
  );
  return [
    `## ${result.name}`,
    '',
    result.description,
    '',
    `${result.submitters} submitters, ${result.seconds} s, SIGKILL after ${result.killAt} s.`,
    '',
    table(
      [
        'store',
        'registrations/s',
        'p50',
        'p99',
        'acknowledged',
        'repeats given the first receipt',
        'keys retried after the kill',
        'restart',
        'each acknowledged one stored once',
      ],
      rows,
    ),
    ...(problems.length ? ['', ...problems] : []),
  ].join('\n');
}

/** MISSED / ERROR lines of the receiver's load test. */
export function receiverMissed(result) {
  return Object.entries(result.stores).flatMap(([store, r]) =>
    r.error
      ? [`ERROR ${result.name} ${store}: ${r.error}`]
      : (r.problems ?? []).length
        ? [`MISSED ${result.name} ${store}: ${r.problems.length} problem(s), first: ${r.problems[0]}`]
        : [],
  );
}
