import { defineContentScript } from 'wxt/utils/define-content-script';

// Placeholder: the UI work wires readPage() here.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {},
});
