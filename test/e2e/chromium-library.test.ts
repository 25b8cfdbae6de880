// The reader's library in Chromium: the scenarios Firefox runs (harness/libraryScenarios.ts), on
// profiles kept between starts; the extension is allowed in incognito windows.
import { launchChromium } from './harness/launchChromium';
import { describeLibraryScenarios, useLibraryProfiles } from './harness/libraryScenarios';

const profiles = useLibraryProfiles((server, options) => launchChromium(server, [], options));
describeLibraryScenarios(profiles);
