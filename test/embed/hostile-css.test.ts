import { expect } from '@open-wc/testing';
import { openPage, until } from '../helpers/page.js';

/** Computed styles of every element in a widget's shadow root, sizes relative to the host's font size. */
async function shadowStyles(query: string): Promise<Array<Record<string, string>>> {
  const frame = await openPage(`/test/pages/styles.html${query}`);
  const doc = frame.contentDocument!;
  const hosts = [...doc.querySelectorAll('lamtheo-counter')];
  await until(
    () => hosts.every((host) => host.shadowRoot?.querySelector('[part~=base], [part~=error]')),
    'widgets rendered',
  );
  const view = frame.contentWindow!;
  return hosts.flatMap((host) => {
    const em = parseFloat(view.getComputedStyle(host).fontSize);
    return [...host.shadowRoot!.querySelectorAll('*')]
      .filter((element) => !['STYLE', 'SCRIPT'].includes(element.tagName))
      .map((element) => {
        const style = view.getComputedStyle(element);
        const relative = (value: string) => (parseFloat(value) / em).toFixed(3);
        return {
          element: `${host.id} ${element.tagName} ${element.className}`,
          color: style.color,
          background: style.backgroundColor,
          boxSizing: style.boxSizing,
          float: style.cssFloat,
          display: style.display,
          fontSize: relative(style.fontSize),
          fontWeight: style.fontWeight,
          lineHeight: relative(style.lineHeight),
          margin: relative(style.marginTop),
          padding: relative(style.paddingTop),
          border: `${style.borderTopStyle} ${style.borderTopColor}`,
          textTransform: style.textTransform,
          letterSpacing: style.letterSpacing,
        };
      });
  });
}

describe('a portal with aggressive global CSS', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('does not change the shadow content of a widget (sizes compared relative to the inherited font size)', async () => {
    const plain = await shadowStyles('');
    const hostile = await shadowStyles('?hostile');
    expect(plain.length).to.be.greaterThan(5);
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
