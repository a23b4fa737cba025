import { h } from '../../ui/create-element.ts';

/** A labelled control: the label wraps it, so screen readers name it without ids. */
export function field(label: string, control: HTMLElement): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}
