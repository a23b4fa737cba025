// The three ways a person gives a file: a pick button (a hidden <input type=file>), pasting into
// the text box (screenshots) and dropping onto an area. Each hands the files to `onFiles`.
import { h } from './create-element.ts';

// Constant icon markup (no outside text), drawn rather than an emoji that a system without an emoji font shows as a box.
const PAPERCLIP_ICON =
  '<svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true"><path d="M21 11.5l-8.6 8.6a5 5 0 0 1-7.1-7.1l8.6-8.6a3.3 3.3 0 0 1 4.7 4.7l-8.6 8.6a1.7 1.7 0 0 1-2.4-2.4l7.9-7.9"/></svg>';

export function createFilePicker(label: string, onFiles: (files: File[]) => void): { button: HTMLButtonElement; input: HTMLInputElement } {
  const input = h('input', { type: 'file', multiple: true, hidden: true, tabindex: -1, 'aria-hidden': 'true' });
  const button = h('button', { type: 'button', class: 'attach', 'aria-label': label, title: label, onclick: () => input.click() });
  button.innerHTML = PAPERCLIP_ICON;
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) onFiles(files);
  });
  return { button, input };
}

export function acceptPastedAndDroppedFiles(targets: { paste: HTMLElement; drop: HTMLElement }, onFiles: (files: File[]) => void): void {
  targets.paste.addEventListener('paste', (event) => {
    const files = [...((event as ClipboardEvent).clipboardData?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    onFiles(files);
  });
  targets.drop.addEventListener('dragover', (event) => {
    if ((event as DragEvent).dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  targets.drop.addEventListener('drop', (event) => {
    const files = [...((event as DragEvent).dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    onFiles(files);
  });
}
