/**
 * The pledge form as a form-associated element (ElementInternals): inside a portal's own
 * `<form>` its value is the pledge as JSON, and it is invalid, with the words of its first
 * error, until the pledge is complete. When that form is submitted while the pledge is
 * invalid, the browser fires `invalid` on the element, and the element shows its errors.
 */
import type { PledgeTemplate } from '../../schema/index.js';
import { toSubmission, type FieldError, type PledgeFormValues } from './form-model.js';

export class FormAssociation {
  private readonly internals: ElementInternals;

  /** Call from the element's constructor (its class has `static formAssociated = true`). */
  constructor(host: HTMLElement, onInvalid: () => void) {
    this.internals = host.attachInternals();
    host.addEventListener('invalid', onInvalid);
  }

  /** The portal's form the element is in, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Keeps the value and validity the portal's form sees in step with the fields. */
  sync(template: PledgeTemplate, values: PledgeFormValues, errors: readonly FieldError[], root: ParentNode): void {
    this.internals.setFormValue(JSON.stringify(toSubmission(template, values)));
    const anchor = errors.length ? root.querySelector<HTMLElement>(`#${errors[0].field}`) : null;
    if (errors.length) this.internals.setValidity({ customError: true }, errors[0].message, anchor ?? undefined);
    else this.internals.setValidity({});
  }
}
