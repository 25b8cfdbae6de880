// The reader view: reader.html?doc=NNN shows one corpus article's text (from the background,
// which holds the bundled index). No network: everything is inside the extension.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { isGetDocResponse } from '../../utils/messages';
import type { CorpusTextSource } from '../../utils/report/reportSource';
import { ReaderView } from '../../components/ReaderView';
import '../../components/report.css';

const source: CorpusTextSource = {
  async getCorpusText(docId) {
    try {
      const answer: unknown = await browser.runtime.sendMessage({ type: 'crossquote/get-doc', docId });
      if (isGetDocResponse(answer)) return answer;
      return { ok: false, message: "Crossquote's background gave an answer the reader does not understand." };
    } catch {
      return { ok: false, message: "Crossquote's background could not be reached. Try again in a moment." };
    }
  },
};

const root = document.getElementById('app');
if (root) {
  document.documentElement.classList.add('full');
  render(<ReaderView source={source} docId={new URLSearchParams(location.search).get('doc')} />, root);
}
