import { expect } from '@open-wc/testing';
import { checkDataset } from '../../src/data/read.js';
import { shadowText, until } from '../helpers/page.js';
import { $, $$, checked, clickButton, labelled, openTab, studio, typeInto } from './helpers.js';

describe('<lamtheo-studio>, as an administrator', () => {
  beforeEach(() => localStorage.clear());

  it('starts from the figures starter: the metrics tab shows its figures by form, and the data is valid', async () => {
    const el = await studio();
    expect($(el, '.offer')).to.equal(null);
    await clickButton(el, 'Số liệu thành tích');
    expect($(el, '[role=tab][aria-selected=true]')!.textContent!.trim()).to.equal('Số liệu');
    const labels = labelled(el, 'Nhãn').map((input) => input.value);
    expect(labels).to.include('Tổ chức cơ sở Đảng');
    expect(labelled(el, 'Tên thành phần').map((i) => i.value)).to.deep.equal(['Đảng bộ cơ sở', 'Chi bộ cơ sở']);
    await checked(el);
    expect($(el, '#summary-title')!.textContent).to.include('Dữ liệu hợp lệ');
    await expect(el).to.be.accessible();
  });
});
