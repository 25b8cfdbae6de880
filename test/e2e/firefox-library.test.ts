// The reader's library in Firefox: the scenarios Chromium runs (harness/libraryScenarios.ts), on
// profiles kept between starts; the add-on is allowed in private windows.
import { launchFirefox } from './harness/launchFirefox';
import { describeLibraryScenarios, useLibraryProfiles } from './harness/libraryScenarios';

describeLibraryScenarios(useLibraryProfiles((server, options) => launchFirefox(server, [], options)));
