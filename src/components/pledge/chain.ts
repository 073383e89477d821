/**
 * The pledge chain's widgets, downloaded apart from the form and the list (a visitor's page with
 * a pledge form never carries them): `<lamtheo-pledge-review>` for the cell committee and
 * `<lamtheo-pledge-assessment>` for the registrant. Both work on a lamtheo receiver
 * (docs/pledge-http-contract.md).
 */
import { safeDefine } from '../../internal/base-element.js';
import { LamtheoPledgeAssessment } from './pledge-assessment.js';
import { LamtheoPledgeReview } from './pledge-review.js';

export { LamtheoPledgeAssessment, LamtheoPledgeReview };
export type { Registration, ChainState, AssessmentResult } from './chain-api.js';

safeDefine('lamtheo-pledge-review', LamtheoPledgeReview);
safeDefine('lamtheo-pledge-assessment', LamtheoPledgeAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'lamtheo-pledge-review': LamtheoPledgeReview;
    'lamtheo-pledge-assessment': LamtheoPledgeAssessment;
  }
}
