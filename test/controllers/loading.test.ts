import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until, shadowText } from '../helpers/page.js';
import { TestFigure, valueOf, newKey, requestCount, script, dataset, api } from '../helpers/figure-element.js';
import { LamtheoErrorEvent } from '../../src/internal/events.js';

const quietly = async <T>(run: () => Promise<T>): Promise<{ result: T; warnings: unknown[][] }> => {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    return { result: await run(), warnings };
  } finally {
    console.warn = warn;
  }
};

describe('loading a dataset from a URL', () => {
  it('shows the loading view, then the figure', async () => {
    const key = newKey();
    const el = await fixture<TestFigure>(html`<test-figure src=${api(key, 'delay=300')}></test-figure>`);
    expect(el.state).to.equal('loading');
    expect(shadowText(el)).to.include('Đang tải dữ liệu');
    await until(() => valueOf(el), 'the figure');
    expect(valueOf(el)).to.equal('11368');
    expect(el.state).to.equal('ready');
  });

  it('explains a missing file (404) in the page language, fires lamtheo-error and warns once', async () => {
    const key = newKey();
    const { warnings } = await quietly(async () => {
      const el = await fixture<TestFigure>(html`<test-figure src=${api(key, 'status=404')}></test-figure>`);
      const event = (await oneEvent(el, LamtheoErrorEvent.type)) as unknown as LamtheoErrorEvent;
      expect(event.problems[0].code).to.equal('http_404');
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(shadowText(el)).to.include('Không tìm thấy tệp dữ liệu');
      expect(shadowText(el)).to.include('404');
    });
    expect(warnings).to.have.length(1);
    expect(await requestCount(key)).to.equal(1); // a 4xx is not retried
  });

  it('retries a server error a bounded number of times, then shows the error with a way to try again', async () => {
    const key = newKey();
    await quietly(async () => {
      const el = await fixture<TestFigure>(html`<test-figure src=${api(key, 'status=500')}></test-figure>`);
      await until(() => el.state === 'error', 'error state', 8000);
      expect(await requestCount(key)).to.equal(3);
      expect(shadowText(el)).to.include('500');
      await script(key, [{ status: 200, body: dataset(42) }]);
      const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Thử lại'))!;
      retry.click();
      await until(() => valueOf(el) === '42', 'the figure after trying again');
    });
  });

  it('gives up after the timeout with a clear message', async () => {
    const key = newKey();
    await quietly(async () => {
      const el = await fixture<TestFigure>(
        html`<test-figure lang="en" timeout="0.2" src=${api(key, 'delay=3000')}></test-figure>`,
      );
      await until(() => el.state === 'error', 'error state', 9000);
      expect(shadowText(el)).to.include('did not answer within 0.2 seconds');
    });
  });

  it('words a timeout as a slow network with a retry, never as an error in the file', async () => {
    const key = newKey();
    await quietly(async () => {
      const el = await fixture<TestFigure>(
        html`<test-figure timeout="0.2" src=${api(key, 'delay=3000')}></test-figure>`,
      );
      await until(() => el.state === 'error', 'error state', 9000);
      const text = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!.innerText;
      expect(text).to.include('Mạng chậm hoặc máy chủ không trả lời sau 0,2 giây; dữ liệu chưa tải được.');
      expect(text).not.to.include('Tệp dữ liệu');
      expect(text).not.to.include('lỗi');
      // Nothing for an administrator to fix in the file: no "details" repeating the sentence.
      expect(el.shadowRoot!.querySelector('details')).to.equal(null);
      const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Thử lại'));
      expect(retry, 'a "Thử lại" button').to.exist;
      expect(await requestCount(key)).to.equal(3); // the first attempt and two retries
    });
  });

  it('reports invalid JSON instead of throwing into the page', async () => {
    const key = newKey();
    await quietly(async () => {
      const el = await fixture<TestFigure>(html`<test-figure src=${api(key, 'body=invalid')}></test-figure>`);
      await until(() => el.state === 'error', 'error state');
      expect(shadowText(el)).to.include('JSON');
    });
  });

  it('waits for a slow body to finish', async () => {
    const key = newKey();
    const el = await fixture<TestFigure>(html`<test-figure src=${api(key, 'slow=400')}></test-figure>`);
    await until(() => valueOf(el), 'the figure');
    expect(valueOf(el)).to.equal('11368');
  });

  it('treats a server that does not allow cross-origin reading as a network failure', async () => {
    const other = `${location.protocol}//127.0.0.1:${location.port}/test-api/data?key=${newKey()}`;
    expect(new URL(other).origin).not.to.equal(location.origin);
    await quietly(async () => {
      const el = await fixture<TestFigure>(html`<test-figure src=${other}></test-figure>`);
      await until(() => el.state === 'error', 'error state', 8000);
      expect(shadowText(el)).to.include('Không kết nối được');
    });
  });

  it('stops loading when the element leaves the page', async () => {
    const key = newKey();
    const el = await fixture<TestFigure>(html`<test-figure src=${api(key, 'delay=300')}></test-figure>`);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(el.renders).to.equal(0);
    expect(valueOf(el)).to.equal(undefined);
  });

  it('shows the empty view for valid data that holds nothing for the widget', async () => {
    const el = await fixture<TestFigure>(html`<test-figure .data=${{ version: 1, metrics: [] }}></test-figure>`);
    await until(() => el.state !== 'loading', 'checked');
    expect(el.state).to.equal('empty');
    expect(shadowText(el)).to.include('Chưa có dữ liệu');
  });

  it('lists what is wrong in the data with its place in the file', async () => {
    await quietly(async () => {
      const el = await fixture<TestFigure>(
        html`<test-figure .data=${{ version: 1, metrics: [{ id: 'm', label: 'x', value: -3 }] }}></test-figure>`,
      );
      await until(() => el.state === 'error', 'error state');
      expect(shadowText(el)).to.include('metrics[0].value');
    });
  });
});
