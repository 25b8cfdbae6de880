// Crossquote in Firefox: the Firefox build (.output/firefox-mv2) installed as a temporary add-on
// in Debian's firefox-esr, headless, driven over WebDriver BiDi. The scenarios are the ones
// Chromium runs (harness/scenarios.ts).
import { launchFirefox } from './harness/launchFirefox';
import { observeMutations } from './harness/pageMutations';
import { describeScenarios, useBrowser } from './harness/scenarios';

describeScenarios(useBrowser((server) => launchFirefox(server, [observeMutations])));
