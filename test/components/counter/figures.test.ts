import { expect } from '@open-wc/testing';
import {
  barShare,
  changeOf,
  countUpValue,
  formatChangeRatio,
  formatShare,
  formatValue,
  fractionDigitsOf,
  odometerWheels,
  shareOf,
  sparklinePath,
} from '../../../src/components/counter/figures.js';
import { line } from 'd3-shape';
import { selectMetrics } from '../../../src/components/counter/select.js';
import type { Metric } from '../../../src/schema/index.js';

describe('counter figures', () => {
  it('formats counts with a dot for thousands in Vietnamese and a comma in English', () => {
    expect(formatValue(11368, 'count', 'vi')).to.equal('11.368');
    expect(formatValue(11368, 'count', 'en')).to.equal('11,368');
  });

  it('formats a percent metric (98.8) as 98,8% in Vietnamese and 98.8% in English', () => {
    expect(formatValue(98.8, 'percent', 'vi')).to.equal('98,8%');
    expect(formatValue(98.8, 'percent', 'en')).to.equal('98.8%');
    expect(formatValue(100, 'percent', 'vi')).to.equal('100%');
  });

  it('keeps the decimals of the final value while counting up', () => {
    expect(fractionDigitsOf(98.8)).to.equal(1);
    expect(fractionDigitsOf(11368)).to.equal(0);
    expect(formatValue(97, 'percent', 'vi', 1)).to.equal('97,0%');
  });

  it('gives the share of a target: 24 of 40 is 60%, 34 of 61 is 55,7%', () => {
    expect(shareOf(24, 40)).to.equal(0.6);
    expect(formatShare(0.6, 'vi')).to.equal('60%');
    expect(formatShare(34 / 61, 'vi')).to.equal('55,7%');
    expect(shareOf(3, 0)).to.equal(undefined);
  });

  it('clamps the bar of a share above the target or without one', () => {
    expect(barShare(1.3)).to.equal(1);
    expect(barShare(undefined)).to.equal(0);
    expect(barShare(0.25)).to.equal(0.25);
  });

  it('says 215 → 117 is a fall of 46% with a true minus sign', () => {
    const change = changeOf(215, 117);
    expect(change.delta).to.equal(-98);
    expect(change.direction).to.equal('down');
    expect(formatChangeRatio(change.ratio!, 'vi')).to.equal('\u221246%');
    expect(formatChangeRatio(0.12, 'en')).to.equal('+12%');
  });

  it('has no ratio for a change from zero', () => {
    expect(changeOf(0, 5).ratio).to.equal(undefined);
    expect(changeOf(5, 5).direction).to.equal('same');
  });

  it('counts up from the start to exactly the final value', () => {
    expect(countUpValue(0, 11368, 0, 0)).to.equal(0);
    const middle = countUpValue(0, 11368, 0.5, 0);
    expect(middle).to.be.greaterThan(5684).and.lessThan(11368);
    expect(Number.isInteger(middle)).to.equal(true);
    expect(countUpValue(0, 11368, 1, 0)).to.equal(11368);
    expect(countUpValue(215, 117, 0.5, 0))
      .to.be.lessThan(215)
      .and.greaterThan(117);
  });

  it('rolls each odometer digit from the digit in the same place of the old value', () => {
    expect(odometerWheels('9.999', '10.000')).to.deep.equal([
      { from: 0, to: 1 },
      { from: 9, to: 0 },
      '.',
      { from: 9, to: 0 },
      { from: 9, to: 0 },
      { from: 9, to: 0 },
    ]);
    expect(odometerWheels('', '41')).to.deep.equal([
      { from: 0, to: 4 },
      { from: 0, to: 1 },
    ]);
  });

  it('draws a sparkline through every point inside its box', () => {
    const path = sparklinePath([1, 3, 2], 100, 24, line);
    expect(path.startsWith('M1,23')).to.equal(true);
    expect(path).to.contain('L50,1');
    expect(path.endsWith('L99,12')).to.equal(true);
    expect(sparklinePath([], 100, 24, line)).to.equal('');
    expect(sparklinePath([5, 5], 100, 24, line)).to.equal('M1,12L99,12');
  });
});

describe('choosing the metrics of a grid', () => {
  const metrics = [
    { id: 'a', label: 'A', value: 1, tags: ['khen-thuong'], about: 'q11' },
    { id: 'b', label: 'B', value: 2, about: 'p3' },
    { id: 'c', label: 'C', value: 3, tags: ['khen-thuong'] },
  ] as unknown as Metric[];
  const ids = (choice: Parameters<typeof selectMetrics>[1]) =>
    selectMetrics(metrics, choice).found.map((f) => f.metric.id);

  it('takes every metric when none is named', () => {
    expect(ids({})).to.deep.equal(['a', 'b', 'c']);
  });

  it('takes the named metrics in the order they are named, and reports unknown ids', () => {
    expect(ids({ ids: ' c  a ' })).to.deep.equal(['c', 'a']);
    expect(selectMetrics(metrics, { ids: 'a zz' }).missing).to.deep.equal(['zz']);
  });

  it('narrows by tag and by the unit a metric is about, keeping each index in the file', () => {
    expect(ids({ tag: 'khen-thuong' })).to.deep.equal(['a', 'c']);
    expect(ids({ about: 'p3' })).to.deep.equal(['b']);
    expect(selectMetrics(metrics, { tag: 'khen-thuong' }).found[1].index).to.equal(2);
  });
});
