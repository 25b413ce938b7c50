/**
 * The citizen chat client's styles. The client (resources/chat) adopts them
 * as a constructed stylesheet in its shadow root; /chat/client.css serves
 * the same text to browsers that cannot construct stylesheets.
 */
export const CHAT_CLIENT_STYLE = `
:host{display:block}
.vvchat{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;border:1px solid #5c5c5c;border-radius:8px;max-width:28rem;padding:1rem}
.vvchat h2{font-size:1.25rem;margin:0 0 .5rem}
.vvchat label{display:block;font-weight:600;margin:.5rem 0 .25rem}
.vvchat input,.vvchat select,.vvchat textarea{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #5c5c5c;border-radius:4px;color:#1a1a1a;background:#fff}
.vvchat button{font:inherit;min-height:44px;padding:.5rem 1rem;margin:.5rem .5rem 0 0;border-radius:4px;border:2px solid #0b4f8a;background:#0b4f8a;color:#fff;cursor:pointer}
.vvchat button.vvchat-secondary{background:#fff;color:#0b4f8a}
.vvchat :focus-visible{outline:3px solid #b35900;outline-offset:2px}
.vvchat-log{margin:.5rem 0;max-height:22rem;overflow-y:auto}
.vvchat-lines{list-style:none;margin:0;padding:0}
.vvchat-log li{margin:.25rem 0;padding:.5rem;border-radius:6px;background:#eef3f8;white-space:pre-wrap;overflow-wrap:anywhere}
.vvchat-log li.vvchat-citizen{background:#e6f0e6;margin-left:2rem}
.vvchat-log li.vvchat-system{background:#fff;font-style:italic;color:#404040}
.vvchat-who{display:block;font-size:.875rem;font-weight:600;color:#333}
.vvchat-note{color:#404040;margin:.25rem 0}
.vvchat-warning{border:2px solid #b35900;background:#fff4e5;padding:.5rem;border-radius:4px;color:#1a1a1a}
.vvchat fieldset{border:0;padding:0;margin:.5rem 0}
.vvchat fieldset label{display:flex;gap:.5rem;font-weight:400;align-items:center}
.vvchat fieldset input{width:auto}
.vvchat-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`
