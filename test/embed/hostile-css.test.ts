import { expect } from '@open-wc/testing';
import { openPage, settledWidgets, until } from '../helpers/page.js';

/** Computed styles of every element in every widget's shadow root. */
async function shadowStyles(query: string): Promise<Array<Record<string, string>>> {
  const frame = await openPage(`/test/pages/styles.html${query}`, { width: 1000, height: 3000 });
  const hosts = await settledWidgets(frame.contentDocument!);
  const view = frame.contentWindow!;
  return hosts.flatMap((host) =>
    [...host.shadowRoot!.querySelectorAll('*')]
      .filter((element) => !['STYLE', 'SCRIPT'].includes(element.tagName))
      .map((element) => {
        const style = view.getComputedStyle(element);
        return {
          element: `${host.id} ${element.tagName} ${element.className}`,
          color: style.color,
          background: style.backgroundColor,
          boxSizing: style.boxSizing,
          float: style.cssFloat,
          display: style.display,
          fontSize: style.fontSize,
          fontWeight: style.fontWeight,
          lineHeight: style.lineHeight,
          margin: style.margin,
          padding: style.padding,
          border: `${style.borderTopStyle} ${style.borderTopColor}`,
          textTransform: style.textTransform,
          letterSpacing: style.letterSpacing,
        };
      }),
  );
}

describe('a portal with aggressive global CSS', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('does not change the shadow content of any widget', async () => {
    const plain = await shadowStyles('');
    const hostile = await shadowStyles('?hostile');
    expect(plain.length).to.be.greaterThan(100);
    expect(new Set(plain.map((style) => style.element.split(' ')[0]))).to.have.property('size', 7);
    expect(hostile).to.deep.equal(plain);
  });

  it('still lets the widget inherit the portal font size, so A- / A+ buttons work', async () => {
    const frame = await openPage('/test/pages/styles.html?hostile');
    const host = frame.contentDocument!.querySelector('lamtheo-counter')!;
    await until(() => host.shadowRoot?.querySelector('[part~=value]'), 'value');
    expect(frame.contentWindow!.getComputedStyle(host).fontSize).to.equal('30px');
    const value = host.shadowRoot!.querySelector('[part~=value]')!;
    expect(parseFloat(frame.contentWindow!.getComputedStyle(value).fontSize)).to.be.closeTo(66, 0.5);
  });
});
