// Wires the background's logic to the browser: one message listener, badge calls.
import type { ExtensionApi } from './extensionApi';
import { createBackgroundHandler, type BackgroundHandler } from './createBackgroundHandler';

export function startBackground(api: ExtensionApi, readIndexText: () => string): BackgroundHandler {
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same calls.
  const action = api.action ?? api.browserAction;
  const handler = createBackgroundHandler({
    extensionId: api.runtime.id,
    readIndexText,
    async setBadge(tabId, badge) {
      if (!action) return;
      await action.setBadgeText({ tabId, text: badge.text });
      await action.setTitle({ tabId, title: badge.title });
      if (badge.text) await action.setBadgeBackgroundColor({ tabId, color: '#2b5fad' });
    },
  });
  api.runtime.onMessage.addListener((message, sender) => handler.handleMessage(message, sender));
  return handler;
}
