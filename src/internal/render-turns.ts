/**
 * Turns for renders, so that many widgets never render in one long task: 100 counters given
 * their data at the same moment each ask to render in the same task (about 60 ms of work on
 * a busy two-core machine, one task over the 50 ms that makes a page feel stuck). A render
 * takes its turn at once while the renders of the current task have run for less than
 * `BUDGET` ms; after that the others wait for the next task, in order, letting the browser
 * paint and handle input between them. A lone widget always renders at once.
 *
 * The clock of the first task starts when this module is evaluated: the task that evaluates
 * a family's code (tens of ms for the table) also upgrades its elements, and their first
 * renders then go to the next task when that evaluation was already long.
 */

/** Main-thread time, in ms, for the renders of one task before the others wait for the next. */
export const BUDGET = 15;

/** When the current task's renders began (or this module was evaluated in it); -1: none yet. */
let sliceStart = -1;
/** Renders waiting for the next task, in the order they asked. */
let waiting: (() => void)[] = [];

/** Runs `then` in a new task (a message: timers are slowed down after a few nested calls). */
export function nextTask(then: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    then();
  };
  channel.port2.postMessage(undefined);
}

/** Starts the clock of the current task; it stops at the end of the task. */
function open(now: number): void {
  sliceStart = now;
  nextTask(() => {
    sliceStart = -1;
    const ready = waiting;
    waiting = [];
    // Each asks again in this new task: the first ones render, the rest wait for the next one.
    for (const resume of ready) resume();
  });
}

/**
 * `true` when a render may run now; otherwise a promise of the turn. Call it again when the
 * promise resolves: the turn may have gone to renders that asked earlier.
 */
export function renderTurn(): true | Promise<void> {
  const now = performance.now();
  if (sliceStart < 0) open(now);
  if (now - sliceStart < BUDGET && waiting.length === 0) return true;
  return new Promise((resume) => waiting.push(resume));
}

if (typeof performance !== 'undefined' && typeof MessageChannel === 'function') open(performance.now());
