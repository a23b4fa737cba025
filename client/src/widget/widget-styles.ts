// The widget's CSS, scoped by its shadow root: nothing leaks in from or out to the host page.
// The host element itself is in the page, so the page's rules that match it (`* { line-height: 3 }`,
// `div { … }`) beat a plain :host rule, and its inherited text styles reached every part of the
// chat. An !important :host declaration wins over the page's, important or not (CSS Scoping:
// https://drafts.csswg.org/css-cascade-5/#cascade-context), so every :host declaration is one.

export const widgetStyles = `
:host { all: initial !important; position: fixed !important; right: 20px !important; bottom: 20px !important; z-index: 2147483000 !important; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", sans-serif !important; color: #1f2933 !important; }
* { box-sizing: border-box; }
button { font: inherit; cursor: pointer; }
.launcher { position: relative; width: 56px; height: 56px; border-radius: 50%; border: 0; background: var(--kefu-accent, #2563eb); color: #fff; box-shadow: 0 6px 20px rgba(0,0,0,.25); display: grid; place-items: center; }
.launcher .unread { position: absolute; top: -2px; right: -2px; min-width: 20px; height: 20px; padding: 0 5px; box-sizing: border-box; border-radius: 10px; background: #b91c1c; color: #fff; font: 600 12px/20px system-ui, sans-serif; text-align: center; }
.panel { position: absolute; right: 0; bottom: 0; width: 360px; height: 540px; max-height: calc(100vh - 40px); display: flex; flex-direction: column; background: #fff; border-radius: 14px; box-shadow: 0 12px 40px rgba(0,0,0,.25); overflow: hidden; }
.panel[hidden], .launcher[hidden], [hidden] { display: none !important; }
header { display: flex; align-items: center; gap: 8px; padding: 12px 14px; background: var(--kefu-accent, #2563eb); color: #fff; }
header h2 { flex: 1; margin: 0; font-size: 16px; font-weight: 600; }
header button { background: transparent; border: 1px solid rgba(255,255,255,.6); color: #fff; border-radius: 6px; padding: 3px 8px; font-size: 12px; }
.banner { padding: 6px 12px; font-size: 12px; background: #fff7e6; color: #8a5300; border-bottom: 1px solid #f5d9a8; }
.status { padding: 6px 12px; font-size: 12px; background: #eef4ff; color: #1e40af; }
.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; background: #f7f8fa; }
.msg { max-width: 80%; padding: 8px 11px; border-radius: 12px; white-space: pre-wrap; word-wrap: break-word; }
.msg small { display: block; margin-top: 3px; font-size: 11px; color: #52606d; }
.msg.mine small { color: #fff; }
.msg.mine { align-self: flex-end; background: var(--kefu-accent, #2563eb); color: #fff; border-bottom-right-radius: 4px; }
.msg.theirs { align-self: flex-start; background: #fff; border: 1px solid #e4e7eb; border-bottom-left-radius: 4px; }
.msg.system { align-self: center; background: transparent; color: #616e7c; font-size: 12px; padding: 2px; }
.msg.pending { background: #1d4ed8; }
.msg.failed { background: #c81e1e; }
.author { font-size: 11px; color: #616e7c; margin-bottom: 2px; }
.suggestions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.suggestions button { border: 1px solid var(--kefu-accent, #2563eb); color: var(--kefu-accent, #2563eb); background: #fff; border-radius: 14px; padding: 3px 10px; font-size: 12px; }
.author .avatar { width: 18px; height: 18px; border-radius: 50%; vertical-align: middle; margin-right: 4px; object-fit: cover; }
.rich-cards { display: flex; gap: 8px; overflow-x: auto; margin-top: 6px; }
.rich-card { flex: 0 0 200px; display: flex; flex-direction: column; gap: 4px; padding: 8px; border: 1px solid #e4e7eb; border-radius: 10px; background: #fff; white-space: normal; }
.rich-card img { width: 100%; max-height: 120px; object-fit: cover; border-radius: 6px; }
.rich-card p { margin: 0; font-size: 12px; }
.rich-card button, .rich-link { border: 1px solid var(--kefu-accent, #2563eb); color: var(--kefu-accent, #2563eb); background: #fff; border-radius: 8px; padding: 3px 8px; font-size: 12px; text-align: center; text-decoration: none; }
.rich-form { display: flex; flex-direction: column; gap: 6px; margin-top: 6px; white-space: normal; }
.rich-field { display: flex; flex-direction: column; gap: 2px; font-size: 12px; }
.rich-field select { font: inherit; border: 1px solid #cbd2d9; border-radius: 8px; padding: 6px; }
.rich-field textarea { height: 60px; }
.typing { font-size: 12px; color: #616e7c; padding: 0 14px 4px; min-height: 18px; background: #f7f8fa; }
form.composer { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #e4e7eb; }
textarea, input { font: inherit; border: 1px solid #cbd2d9; border-radius: 8px; padding: 7px 9px; width: 100%; color: inherit; }
textarea { resize: none; height: 38px; }
.primary { border: 0; border-radius: 8px; padding: 7px 14px; background: var(--kefu-accent, #2563eb); color: #fff; white-space: nowrap; }
.card { margin: 12px; padding: 14px; border-radius: 10px; background: #fff; border: 1px solid #e4e7eb; display: flex; flex-direction: column; gap: 8px; }
.card p { margin: 0; }
.stars { display: flex; gap: 4px; }
.stars button { border: 0; background: none; font-size: 26px; color: #616e7c; padding: 0; }
.stars button.on { color: #b45309; }
.msg a { color: inherit; text-decoration: underline; }
.attachments { display: flex; flex-direction: column; gap: 6px; margin-top: 4px; }
.attachment.image img { display: block; max-width: 220px; max-height: 220px; width: auto; height: auto; border-radius: 8px; }
.attachment.file { display: flex; align-items: center; gap: 6px; padding: 6px 8px; border-radius: 8px; background: #fff; color: #1f2933; border: 1px solid #cbd2d9; text-decoration: none; }
.attachment.file .file-name { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.attachment.file .file-size { font-size: 11px; color: #52606d; }
.attach { border: 1px solid #cbd2d9; background: #fff; color: #52606d; border-radius: 8px; padding: 0 8px; display: grid; place-items: center; }
button:focus-visible, a:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
/* On phones: full screen, and 16px fields, which iOS Safari does not zoom into on focus. */
@media (max-width: 480px) { .panel { position: fixed; inset: 0; width: auto; height: auto; max-height: none; border-radius: 0; } textarea, input { font-size: 16px; } }
`;
