import { css } from 'lit';

/**
 * Styles of a metric card, shared by the counter and the grid. Sizes are in em so the
 * portal's A- / A+ buttons scale them; figures use tabular digits so a changing number
 * keeps its width.
 */
export const cardStyles = css`
  .seen {
    display: flex;
    gap: var(--_gap);
    align-items: center;
  }
  .text {
    display: grid;
    gap: 0.2em;
    min-inline-size: 0;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.3em;
  }
  /* The final text and the overlay share one grid cell: the final text sizes it. */
  .figure {
    display: inline-grid;
    font-size: 2.2em;
    /* In a grid's card (a container): never wider than the card, e.g. "43.425.329" on a
       375 px phone at 200 % text. */
    font-size: min(2.2em, 15cqi);
    font-weight: bold;
    line-height: 1.1;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    text-align: end;
  }
  .reserve,
  .final,
  .rolling {
    grid-area: 1 / 1;
  }
  .reserve {
    visibility: hidden;
  }
  .rolling {
    display: block;
    /* From the start: the count-up pads the number so that its start never moves (count-up.ts). */
    text-align: start;
    overflow: hidden;
    pointer-events: none;
  }
  /* A layout boundary (contain: strict on a block inside a block; a grid item or an absolutely
     positioned box is laid out again by its container): writing the count-up's text 25 times a
     second lays out nothing around it. Measured with 100 counters: 11 ms → 5 ms of layout per write. */
  .count {
    display: block;
    block-size: 100%;
    contain: strict;
  }
  .figure[data-running] .final {
    visibility: hidden;
  }
  .qualifier,
  .unit {
    color: var(--_fg);
  }
  .label {
    color: var(--_muted);
  }
  .target,
  .change,
  .breakdown,
  .counted,
  .period {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .target b,
  .change b {
    color: var(--_fg);
  }
  .change--up b {
    color: var(--_ok);
  }
  .change--down b {
    color: var(--_danger);
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 0.4em;
    border-radius: var(--_radius);
  }
  .bar-track {
    fill: var(--_subtle);
  }
  .bar-fill {
    fill: var(--_accent);
  }
  .ring {
    flex: none;
    inline-size: 4.5em;
    block-size: 4.5em;
    transform: rotate(-90deg);
  }
  .ring circle {
    fill: none;
    stroke-width: 4;
  }
  .ring-track {
    stroke: var(--_subtle);
  }
  .ring-fill {
    stroke: var(--_accent);
  }
  .sparkline {
    display: block;
    inline-size: 100%;
    max-inline-size: 12em;
    block-size: 1.6em;
    margin-block-start: 0.3em;
  }
  /* d3-shape could not be downloaded: the note takes the line's place, its label stays for screen readers. */
  .sparkline.visually-hidden {
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
  }
  .sparkline path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .details {
    margin-block-start: 0.4em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .details summary {
    cursor: pointer;
    inline-size: fit-content;
  }
  .details dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.1em 0.6em;
    margin: 0.3em 0;
  }
  .details dd {
    margin: 0;
  }
  .details a {
    color: var(--_focus);
  }
  .notes,
  .admin ul {
    margin: 0.3em 0;
    padding-inline-start: 1.2em;
  }
  .admin code {
    overflow-wrap: anywhere;
  }

  /* The count-up (count-up.ts): one wheel per digit rolls to its place. */
  .wheel {
    display: inline-block;
    inline-size: 1ch;
    block-size: 1.1em;
    overflow: hidden;
  }
  .strip {
    display: block;
    inline-size: 1ch;
    word-break: break-all;
    white-space: normal;
    line-height: 1.1em;
    transform: translateY(calc(var(--digit, 0) * -1.1em));
    /* The count-up sets the duration; the compositor runs the roll. */
    transition: transform 0s cubic-bezier(0.2, 0.7, 0.2, 1);
  }
  /* Odometer: the "Thống kê truy cập" box of a portal sidebar, its figures smaller and plain. */
  [data-variant='odometer'].figure {
    font-size: 1.3em;
    color: var(--_fg);
  }
  .odometer .seen {
    justify-content: space-between;
  }
  /* Label and figure on one line, the figure at the end; when the two do not fit (a phone at
     200 % text), the figure goes under its label instead of out of the box. */
  .odometer .text {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    column-gap: var(--_gap);
    inline-size: 100%;
  }

  .compact .figure {
    font-size: 1.6em;
  }
  @media print {
    .figure[data-running] .final {
      visibility: visible;
    }
    .rolling {
      display: none;
    }
  }
`;
