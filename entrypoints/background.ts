import { defineBackground } from 'wxt/utils/define-background';

// Placeholder: the UI work wires the corpus comparison and the badge here.
export default defineBackground(() => {});
