// 100 counters on one page: lamtheo's <lamtheo-counter> against CountUp.js, same seeded values.
// Before the clock: the values and 100 empty cells or undefined tags are in the page.
// The clock: load the library, start the counters, wait until every final value is shown.

/** In the page: every counter shows its final value (digits compared, separators ignored). */
function allFinal() {
  const { values, shown } = window.bench;
  const text = shown();
  const done = text.length === values.length && text.every((t, i) => t.replace(/\D/g, '') === String(values[i]));
  return done && performance.now();
}

async function measure(page, tools) {
  await tools.until(page, () => window.bench !== undefined);
  await tools.settle();
  let longestFrameMs;
  let finalValuesMs;
  const time = await tools.mainThreadTime(async () => {
    longestFrameMs = await tools.longestFrame(async () => {
      const start = await page.evaluate(() => {
        const now = performance.now();
        window.bench.start();
        return now;
      });
      finalValuesMs = (await tools.until(page, allFinal)) - start;
    });
  });
  return {
    jsKB: (await tools.jsBytes()) / 1000,
    mainThreadMs: time.taskMs,
    layoutMs: time.layoutMs,
    finalValuesMs,
    longestFrameMs,
    heapMB: await tools.heapMB(),
  };
}

export default {
  name: 'counters',
  description:
    '100 counters with seeded values (1 to 10 million) in a 10 × 10 grid, all in view. lamtheo: the one tag, `data` set as a property; CountUp.js 2.10: its ES module, 2 s count-up.',
  contenders: [
    { name: 'lamtheo', page: 'bench/pages/lamtheo/counters.html', measure },
    { name: 'CountUp.js', page: 'bench/pages/peers/countup.html', measure },
  ],
  labels: {
    jsKB: 'JS downloaded, gzip',
    mainThreadMs: 'main-thread time to final values',
    layoutMs: '… of which layout',
    finalValuesMs: 'wall time to final values',
    longestFrameMs: 'longest frame',
    heapMB: 'JS heap after',
  },
  targets: {
    jsKB: { max: 20 },
    mainThreadMs: { lessThanPeer: true },
    // "No frame over 16 ms": the gap between two frames at 60 Hz is 16.7 ms, so 17 ms means no frame dropped.
    longestFrameMs: { max: 17 },
  },
};
