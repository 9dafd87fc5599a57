// Small pieces the teacher page's sections share: labelled fields, checkboxes and radio
// buttons, and where the focus goes after an action.
import { html, nothing, live } from './lit.js';
import { action } from './state.js';

export const byId = (id) => document.getElementById(id);

/** A label + field pair in one block. `hint` is a describing text under the field (its id: `${id}-hint`). */
export function field(id, labelText, control, hint) {
  return html`<div class="field">
    <label for=${id}>${labelText}</label>
    ${control}
    ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
  </div>`;
}

/** A checkbox with its label around it (the label makes the whole row a touch target). */
export function checkbox(id, labelText, checked, onchange, hint) {
  return html`<div class="check">
    <label for=${id}><input id=${id} type="checkbox" .checked=${live(checked)} @change=${action(onchange)}
      aria-describedby=${hint ? `${id}-hint` : nothing}><span>${labelText}</span></label>
    ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
  </div>`;
}

/**
 * A radio button with its label around it; `name` groups it with the others of its choice.
 * `before` is shown between the button and the text (a swatch), hidden from screen readers.
 */
export function radio(name, id, labelText, checked, onchange, before) {
  return html`<div class="check">
    <label for=${id}><input id=${id} type="radio" name=${name} .checked=${live(checked)} @change=${action(onchange)}
      >${before ? html`<span aria-hidden="true">${before}</span>` : nothing}<span>${labelText}</span></label>
  </div>`;
}

let nextFocus = null;

/**
 * After the redraw that ends this action, moves the focus to the first of `ids` on the page
 * (a new control where the pressed one was, a heading after a change), and with `scroll`
 * brings it into view.
 */
export function focusOn(ids, { scroll = false } = {}) {
  nextFocus = { ids: [ids].flat(), scroll };
}

/** Called after each redraw (view.js). */
export function moveFocus() {
  if (!nextFocus) return;
  const { ids, scroll } = nextFocus;
  nextFocus = null;
  const target = ids.map(byId).find(Boolean);
  target?.focus();
  if (target && scroll) {
    target.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }
}
