import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Crossquote's build. Explicit imports everywhere (imports: false) so a value can be
// followed from file to file without knowing WXT's auto-import rules.
export default defineConfig({
  imports: false,
  // The Firefox sources zip is for reviewers: the code, not test output or scratch files.
  zip: { excludeSources: ['test-results/**', '.scratch/**', '.generated/**'] },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { chunkSizeWarningLimit: 1000 },
  }),
  manifest: ({ browser }) => ({
    name: 'Crossquote',
    description:
      'See which outlets carried the story you are reading, how their quotes differ word by word, and where their details disagree. Runs entirely on your machine.',
    // activeTab is not needed: the content script answers the popup itself.
    // No host permissions beyond the content script's matches; no storage of browsing.
    permissions: [],
    // Only the extension's own scripts run in its pages: no eval, no plugins, no <base> or
    // form tricks, no network from extension pages, no framing (README: Security).
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'none'",
    },
    action: { default_title: 'Crossquote' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crossquote@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
