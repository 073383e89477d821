// 100 counters on one page: lamtheo's <lamtheo-counter> against CountUp.js, same seeded values.
// Before the clock: the values and 100 empty cells or undefined tags are in the page.
// The clock: load the library, start the counters, wait until every final value is shown
// (main-thread time to final values), then until every count-up has ended (longest frame and
// main-thread time over the whole animation). Both animate for 1.2 s.

/** In the page: every counter shows its final value (digits compared, separators ignored). */
function allFinal() {
  const { values, shown } = window.bench;
  const text = shown();
  const done = text.length === values.length && text.every((t, i) => t.replace(/\D/g, '') === String(values[i]));
  return done && performance.now();
}

/** In the page: no count-up runs any more. */
function animationOver() {
  return !window.bench.animating() && performance.now();
}

/** In the page: every counter shows something (lamtheo: its final value; CountUp.js: its first frame). */
function allShown() {
  const text = window.bench.shown();
  return text.length === window.bench.values.length && text.every((t) => t !== '') && performance.now();
}

/** In the page: records animation-frame times of its own, apart from the harness's loop. */
function recordFrames() {
  const frames = (window.__counterFrames = { times: [], stop: false });
  const loop = (time) => {
    frames.times.push(time);
    if (!frames.stop) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

/** In the page: the largest gap between frames from `from` on: the longest frame while the counters count. */
function longestGapFrom(from) {
  const frames = window.__counterFrames;
  frames.stop = true;
  const times = frames.times.filter((time) => time >= from);
  let longest = 0;
  for (let i = 1; i < times.length; i++) longest = Math.max(longest, times[i] - times[i - 1]);
  return longest;
}

/** In the page: records the longest main-thread task (`longtask`, over 50 ms) from now on. */
function watchLongTasks() {
  const record = (window.__longTasks = { longest: 0 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longest = Math.max(record.longest, entry.duration);
  }).observe({ type: 'longtask' });
}

async function measure(page, tools) {
  await tools.until(page, () => window.bench !== undefined);
  await tools.quiet();
  await page.evaluate(watchLongTasks);
  let toFinal;
  let finalValuesMs;
  let countUpMs;
  let countingFrom;
  let longestFrameMs;
  let longestTaskMs;
  await page.evaluate(recordFrames);
  const whole = await tools.mainThreadTime(async () => {
    longestFrameMs = await tools.longestFrame(async () => {
      const start = await page.evaluate(() => {
        const now = performance.now();
        window.bench.start();
        return now;
      });
      toFinal = await tools.mainThreadTime(async () => {
        countingFrom = await tools.until(page, allShown);
        finalValuesMs = (await tools.until(page, allFinal)) - start;
      });
      // The longest task while the counters load (0: none over 50 ms).
      longestTaskMs = await page.evaluate(() => window.__longTasks.longest);
      countUpMs = (await tools.until(page, animationOver)) - start;
    });
  });
  return {
    jsKB: (await tools.jsBytes()) / 1000,
    mainThreadMs: toFinal.taskMs,
    layoutMs: toFinal.layoutMs,
    finalValuesMs,
    longestTaskMs,
    countUpMs,
    animationMainThreadMs: whole.taskMs,
    animationLayoutMs: whole.layoutMs,
    longestFrameMs,
    countingLongestFrameMs: await page.evaluate(longestGapFrom, countingFrom),
    heapMB: await tools.heapMB(),
  };
}

export default {
  name: 'counters',
  description:
    '100 counters with seeded values (1 to 10 million) in a 10 × 10 grid, all in view. lamtheo: the one tag, one `<lamtheo-dataset>` (data set as a property) shared by 100 `<lamtheo-counter>`; CountUp.js 2.10: its ES module with its defaults but two, Vietnamese separators and a 1.2 s count-up (lamtheo’s default length; CountUp’s own, 2 s, would only give it more frames to draw).',
  contenders: [
    { name: 'lamtheo', page: 'bench/pages/lamtheo/counters.html', measure },
    { name: 'CountUp.js', page: 'bench/pages/peers/countup.html', measure },
  ],
  labels: {
    jsKB: 'JS downloaded, gzip',
    mainThreadMs: 'main-thread time to final values',
    layoutMs: '… of which layout',
    finalValuesMs: 'wall time to final values',
    longestTaskMs: 'longest main-thread task while loading (0: none over 50 ms)',
    countUpMs: 'wall time to the end of the count-up',
    animationMainThreadMs: 'main-thread time, start to end of count-up',
    animationLayoutMs: '… of which layout',
    longestFrameMs: 'longest frame, loading included',
    countingLongestFrameMs: 'longest frame while the 100 count up',
    heapMB: 'JS heap after',
  },
  targets: {
    jsKB: { max: 20 },
    mainThreadMs: { lessThanPeer: true },
    animationMainThreadMs: { lessThanPeer: true },
    // "No frame over 16 ms": the gap between two frames at 60 Hz is 16.7 ms, so 17 ms means no frame dropped.
    countingLongestFrameMs: { max: 17 },
    longestTaskMs: { max: 50 },
  },
};
