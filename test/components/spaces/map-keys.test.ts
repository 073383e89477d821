import { expect } from '@open-wc/testing';
import { mapKeyCommand, panStep } from '../../../src/components/spaces/map-keys.js';

describe('the map keys', () => {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const marker = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  marker.setAttribute('data-space', 'chua-quan-am');
  svg.append(marker);

  it('zoom in with + or =, out with − or _, and go back to the whole area with 0', () => {
    expect(['+', '=', '-', '_', '0'].map((key) => mapKeyCommand(key, svg, 600)?.type)).to.deep.equal([
      'zoom-in',
      'zoom-in',
      'zoom-out',
      'zoom-out',
      'reset',
    ]);
  });

  it('pan by an eighth of the height with the arrows, moving the map the other way', () => {
    expect(mapKeyCommand('ArrowLeft', svg, 800)).to.deep.equal({ type: 'pan', dx: 100, dy: 0 });
    expect(mapKeyCommand('ArrowDown', svg, 800)).to.deep.equal({ type: 'pan', dx: 0, dy: -100 });
  });

  it('never pan less than 40 px on a small map', () => {
    expect(panStep(120)).to.equal(40);
    expect(mapKeyCommand('ArrowUp', svg, 120)).to.deep.equal({ type: 'pan', dx: 0, dy: 40 });
  });

  it('open a marker with Enter or Space, but do nothing for Enter on the bare map', () => {
    expect(mapKeyCommand('Enter', marker, 600)).to.deep.equal({ type: 'activate', item: marker });
    expect(mapKeyCommand(' ', marker, 600)).to.deep.equal({ type: 'activate', item: marker });
    expect(mapKeyCommand('Enter', svg, 600)).to.equal(undefined);
  });

  it('close the details with Escape and ignore other keys', () => {
    expect(mapKeyCommand('Escape', svg, 600)).to.deep.equal({ type: 'close' });
    expect(mapKeyCommand('a', svg, 600)).to.equal(undefined);
    expect(mapKeyCommand('toString', svg, 600)).to.equal(undefined);
  });
});
