// The word lists the rule-based attributor reads: reporting verbs, titles, honorifics and
// source nouns. Data only; the rules that use them live in findCues.ts and buildPeople.ts.

/** Reporting verbs (all forms that introduce or follow a quote). "-ing" forms never carry a subject. */
export const SPEECH_VERBS = new Set(
  (
    'say says said saying add adds added adding state states stated stating tell tells told telling ' +
    'declare declares declared declaring insist insists insisted insisting warn warns warned warning ' +
    'explain explains explained explaining continue continues continued continuing comment comments commented ' +
    'note notes noted noting write writes wrote writing post posts posted posting tweet tweets tweeted tweeting ' +
    'argue argues argued arguing reiterate reiterates reiterated reiterating stress stresses stressed stressing ' +
    'emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing remark remarks remarked ' +
    'remarking ask asks asked reply replies replied replying answer answers answered acknowledge acknowledges ' +
    'acknowledged admit admits admitted claim claims claimed claiming concede concedes conceded confirm confirms ' +
    'confirmed announce announces announced urge urges urged urging maintain maintains maintained maintaining ' +
    'observe observes observed suggest suggests suggested describe describes described describing dismiss ' +
    'dismisses dismissed dismissing call calls called calling label labels labelled labeled labelling labeling ' +
    'brand brands branded branding term terms termed recall recalls recalled vow vows vowed pledge pledges pledged ' +
    'promise promises promised predict predicts predicted assert asserts asserted shout shouted quip quipped ' +
    'joke joked conclude concludes concluded respond responds responded reveal reveals revealed revealing ' +
    'express expresses expressed underline underlines underlined caution cautions cautioned tells ' +
    'insisted contend contends contended counter counters countered mention mentions mentioned reinforce reinforces ' +
    'reinforced demand demands demanded ' +
    // Verbs that credit words to their subject in US political reporting (PolNeAR's cues).
    'reported reads echoes echoed accuse accuses accused denounce denounces denounced ' +
    'slam slams slammed blast blasts blasted praises praised criticize criticizes criticized criticise ' +
    'criticises criticised mocks mocked assure assures assured chanted laments lamented ' +
    'blamed quoted boast boasts boasted complain complains complained ' +
    'charged retort retorts retorted testify testifies testified allege alleges alleged proclaim proclaims ' +
    'proclaimed recounted scoff scoffs scoffed touts touted concurred ' +
    'derides derided decries decried snapped yelled whispered ' +
    'cheered mused sneered ' +
    // "“…,” agrees Michelle Stevens", "“…,” Bozell points out".
    'agrees points pointed yelling promising'
  ).split(' '),
);

/**
 * Irregular past forms that, right after a quote, credit it as any reporting verb would
 * ("“…,” Trump went on", "“…?” she shot back"). Regular ones end in "-ed" ("barked", "fumed").
 */
export const LOOSE_VERBS = new Set('went shot began spoke wrote put read sang swore cried thought felt knew shook said told sought'.split(' '));

/** Words that may stand between a subject and its verb: "has also said", "later told". */
export const VERB_HELPERS = new Set(
  'has have had also further later then again once previously repeatedly would will had reportedly earlier today yesterday subsequently simply firmly publicly privately bluntly clearly openly flatly recently separately too just'.split(' '),
);

/** Honorifics: dropped from the canonical name; "Sir"/"Dame" also make "Sir Keir" an alias. */
export const HONORIFICS = new Set(
  ('sir dame lord lady mr mrs ms miss mx dr prof professor baroness baron rev reverend ' +
    // US title abbreviations: "Sen. Chuck Grassley", "Rep. Tom Cole", "Gov. John Kasich", "Gen. Mattis".
    'sen rep del gov gen lt col sgt capt adm cmdr maj atty amb pres ' +
    // Clergy: "Archbishop Aris Shirvanian", "Rabbi Ruth Adler".
    'archbishop bishop cardinal rabbi imam').split(' '),
);

/** Words of titles and roles ("Prime Minister", "foreign minister", "army chief"). */
export const ROLE_WORDS = new Set(
  (
    'president prime minister chancellor secretary general foreign defence defense home interior finance state ' +
    'deputy vice chief leader spokesman spokeswoman spokesperson ambassador senator governor mayor king queen ' +
    'prince princess pope commissioner chairman chairwoman chair director head army navy admiral commander ' +
    'justice judge officer correspondent editor reporter analyst former opposition envoy premier counsellor ' +
    'councillor mp mep official negotiator adviser advisor aide economy trade health taoiseach ' +
    'representative congressman congresswoman speaker'
  ).split(' '),
);

/** Role words that may end a role phrase ("the prime minister", "the chancellor"). */
export const ROLE_HEADS = new Set(
  'president minister chancellor secretary general leader spokesman spokeswoman spokesperson ambassador senator governor mayor king queen prince princess pope commissioner chairman chairwoman chair director head chief admiral commander premier envoy pm'.split(
    ' ',
  ),
);

/** Lower-case nouns that describe an unnamed source ("a diplomatic source", "officials"). */
export const SOURCE_NOUNS = new Set(
  (
    'source sources official officials spokesman spokeswoman spokesperson aide aides diplomat diplomats insider ' +
    'insiders adviser advisers advisor advisors analyst analysts expert experts critic critics witness witnesses ' +
    'resident residents spokesmen spokeswomen colleague colleagues ally allies minister ministers person people ' +
    'figure figures fans supporters protesters campaigners opponents voters manager managers lawyer lawyers ' +
    // US reporting's unnamed sources ("federal prosecutors wrote", "a campaign staffer said").
    'prosecutors investigators authorities staffer staffers organizers activists strategist strategists pollster pollsters ' +
    // Groups that report or are polled ("Many reporters noted", "Legal observers note", "Respondents are asked").
    'reporters outlets observers proponents respondents'
  ).split(' '),
);

/** Capitalised words that are never a person's name on their own. */
export const NOT_NAMES = new Set(
  (
    'the a an and but so yet then now however meanwhile also earlier later asked speaking while when after before as ' +
    'in on at if it its this that these those there here he she they we i you his her their our my your ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december image pic picture photo video read follow analysis watch live ' +
    'critics officials analysts observers experts sources residents witnesses police reports many some others ' +
    'europe britain european british america american us uk eu nato un another one others both each several ' +
    'few most all none everyone everybody nobody someone somebody who'
  ).split(' '),
);

/** Nationality adjectives and country codes that qualify a role ("German Chancellor"). */
export const QUALIFIERS = new Set(
  (
    'uk us u.s u.k eu nato un british english scottish welsh irish american german french polish spanish italian ' +
    'dutch danish swedish norwegian finnish ukrainian russian chinese japanese indian canadian australian belgian ' +
    'austrian swiss greek turkish hungarian slovak czech romanian portuguese israeli iranian saudi european ' +
    'white house kremlin labour conservative tory democratic republican'
  ).split(' '),
);

/** Possessive nouns that make "Sir Keir’s assertion that “…”" an attribution. */
export const SAYING_NOUNS = new Set(
  'assertion assertions claim claims insistence words remarks remark comments comment warning warnings statement statements view argument promise pledge message description call plea slogan catchphrase'.split(
    ' ',
  ),
);

/** Words that make a capitalised name an institution or a place, not a person ("Downing Street"). */
export const NOT_PERSON_WORDS = new Set(
  (
    'street house union news palace office ministry department council commission government agency party court ' +
    'bank times post journal guardian telegraph mail express arabia kingdom states republic nations university ' +
    'institute group press radio tv television network service police army navy forces parliament assembly senate ' +
    'congress committee association company corporation club united city county islands sea ocean river square ' +
    'hall centre center foundation fund organisation organization alliance treaty summit coalition reuters bbc ' +
    'russia ukraine france germany italy spain poland china india japan israel iran britain england scotland wales ' +
    'ireland denmark netherlands hungary slovakia kyiv moscow washington london paris berlin brussels beijing ' +
    'madrid rome warsaw riyadh kremlin elysee nato'
  ).split(' '),
);
