import { expect } from '@open-wc/testing';
import {
  comparePartialDates,
  daysInMonth,
  endOfPartialDate,
  isCalendarDate,
  isDateOrDateTime,
  isPartialDate,
} from '../../src/schema/calendar.js';
import { dateAdvice, dateProblem } from '../../src/data/check/date-advice.js';

describe('calendar checks', () => {
  it('accept real dates and refuse days the calendar does not have', () => {
    expect(isCalendarDate('2019-02-28')).to.equal(true);
    expect(isCalendarDate('2020-02-29')).to.equal(true);
    expect(isCalendarDate('2000-02-29')).to.equal(true);
    expect(isCalendarDate('2019-02-29')).to.equal(false);
    expect(isCalendarDate('1900-02-29')).to.equal(false);
    expect(isCalendarDate('2019-02-31')).to.equal(false);
    expect(isCalendarDate('2019-04-31')).to.equal(false);
    expect(isCalendarDate('2019-00-10')).to.equal(false);
    expect(isCalendarDate('2019-12-00')).to.equal(false);
  });

  it('refuse dates written another way than yyyy-mm-dd', () => {
    for (const s of ['28/02/2019', '2019-2-28', '2019/02/28', ' 2019-02-28', '2019-02-28T00:00', ''])
      expect(isCalendarDate(s), s).to.equal(false);
  });

  it('know how many days each month has', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2019, m))).to.deep.equal([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).to.equal(29);
  });

  it('accept a year, a month or a day as a partial date', () => {
    for (const s of ['2017', '2018-05', '2019-02-28']) expect(isPartialDate(s), s).to.equal(true);
    for (const s of ['17', '2018-13', '2018-5', '2019-02-30', '2019-02-28T08:00'])
      expect(isPartialDate(s), s).to.equal(false);
  });

  it('accept a date with a time and its offset', () => {
    expect(isDateOrDateTime('2024-03-01')).to.equal(true);
    expect(isDateOrDateTime('2024-03-01T08:30:00+07:00')).to.equal(true);
    expect(isDateOrDateTime('2024-03-01T08:30Z')).to.equal(true);
    expect(isDateOrDateTime('2024-02-30T08:30:00Z')).to.equal(false);
    expect(isDateOrDateTime('2024-03-01T25:00:00Z')).to.equal(false);
  });

  it('say whether a bad date is badly written, has no such month, or no such day', () => {
    expect(dateProblem('hôm qua')).to.equal('format');
    expect(dateProblem('28/02/2019')).to.equal('format');
    expect(dateProblem('2019-13-01')).to.equal('month');
    expect(dateProblem('2019-02-31')).to.equal('day');
    // Written day first, 31/02/2019 still names 31 February, which does not exist.
    expect(dateProblem('31/02/2019')).to.equal('day');
  });

  it('read dates as people write them, and give the fix', () => {
    expect(dateAdvice('31/02/2017')).to.deep.equal({
      problem: 'day',
      format: true,
      year: 2017,
      month: 2,
      day: 31,
      days: 28,
    });
    expect(dateAdvice('2017-02-31')).to.deep.equal({
      problem: 'day',
      format: false,
      year: 2017,
      month: 2,
      day: 31,
      days: 28,
    });
    expect(dateAdvice('29/02/2024')).to.include({ problem: 'format', iso: '2024-02-29' });
    expect(dateAdvice('2017-2-5')).to.include({ problem: 'format', iso: '2017-02-05' });
    expect(dateAdvice('05.13.2017')).to.include({ problem: 'month', month: 13 });
    expect(dateAdvice('ngày 5')).to.deep.equal({ problem: 'format', format: true });
  });

  it('order partial dates by their start and find their last day', () => {
    expect(comparePartialDates('2018-05', '2019-02')).to.be.below(0);
    expect(comparePartialDates('2019', '2019-01-01')).to.equal(0);
    expect(comparePartialDates('2019-03', '2019-02-28')).to.be.above(0);
    expect(endOfPartialDate('2019-02')).to.equal('2019-02-28');
    expect(endOfPartialDate('2020-02')).to.equal('2020-02-29');
    expect(endOfPartialDate('2017')).to.equal('2017-12-31');
    expect(endOfPartialDate('2017-06-15')).to.equal('2017-06-15');
  });
});
