import { safeDefine } from '../../internal/base-element.js';
import { LamtheoPledgeForm } from './pledge-form.js';
import { LamtheoPledgeList } from './pledge-list.js';

export { LamtheoPledgeForm, LamtheoPledgeList };
export type { PledgeFormStatus } from './pledge-form.js';
export { LamtheoPledgeSentEvent, type PledgeSentDetail } from '../../internal/events.js';

safeDefine('lamtheo-pledge-form', LamtheoPledgeForm);
safeDefine('lamtheo-pledge-list', LamtheoPledgeList);

declare global {
  interface HTMLElementTagNameMap {
    'lamtheo-pledge-form': LamtheoPledgeForm;
    'lamtheo-pledge-list': LamtheoPledgeList;
  }
}
