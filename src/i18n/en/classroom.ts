/**
 * English, the reference catalog: the presentation's, the speaker view's and the handout's messages, with the speaker notes (src/i18n/parts.ts). Every other language has the same
 * keys in its own files, in the plural forms its language has (src/lib/i18n.test.ts holds them to it).
 */
export const messages = {
  "present.label": "Presentation",
  "present.step": "Step {n} of {total}",
  "present.prev": "Previous step",
  "present.next": "Next step",
  "present.keys":
    "← and → (or a clicker) move between steps; inside a chart, the arrows belong to the chart. F: full screen. S: speaker view. R: reveal, on a step that asks.",
  "present.fullscreen": "Full screen",
  "present.exitFullscreen": "Leave full screen",
  "present.missing": "The data for this step does not hold the figures it speaks of.",
  "present.s1.title": "1992: two new neighbours",
  "present.s1.caption":
    "China and Kazakhstan established diplomatic relations on {date}. That year, China's customs recorded {value} of trade between them.",
  "present.s2.title": "{year}: {value}",
  "present.s2.caption": "By {year}, China's customs recorded {value} of bilateral trade: {multiple} times the {firstYear} figure.",
  "present.log.title": "The same growth, on a log scale",
  "present.log.caption":
    "On a log scale, equal heights mean equal growth rates, so the early years, from {first} in {firstYear}, become readable next to today's.",
  "present.reporters.title": "Two countries, two figures",
  "present.ladder.title.one": "{count} step up the ladder",
  "present.ladder.title.other": "{count} steps up the ladder",
  "present.ladder.step": "{name} ({year})",
  "present.ladder.caption": "The partnership was upgraded step by step: {steps}.",
  "present.investment.title": "How much has China invested?",
  "present.investment.caption":
    "By Kazakhstan's official data, {value} of Chinese investment came in, {period}. Other published totals run from {min} to {max}, because each counts something different.",

  // --- /present: predict, then reveal ---
  "present.guess.title": "Your turn: how did trade grow after {year}?",
  "present.guess.caption":
    "By {year}, China's customs recorded {value} of trade a year. Draw how you think it went on to {lastYear}, then reveal the data.",
  "present.guess.chart": "Guess the line: draw the trade from {from} to {to}",
  "present.guess.keys":
    "Draw with a finger or the mouse, or press ← and → to choose a year and ↑ and ↓ to set its value (Shift for larger steps).",
  "present.guess.drawHere": "Draw your guess here",
  "present.guess.yours": "Your guess",
  "present.guess.yearValue": "{year}: your guess {value}",
  "present.guess.yearEmpty": "{year}: no guess yet",
  "present.guess.reveal": "Reveal",
  "present.guess.revealKey": "R reveals the answer.",
  "present.guess.again": "Guess again",
  "present.guess.none": "No guess was drawn. The data: {actual} in {year}.",
  "present.guess.result.low": "Your guess for {year}: {guess}. China's customs recorded {actual}, so the guess was {miss} too low.",
  "present.guess.result.high": "Your guess for {year}: {guess}. China's customs recorded {actual}, so the guess was {miss} too high.",
  "present.guess.result.close": "Your guess for {year}: {guess}. China's customs recorded {actual}: within {miss}, a close guess.",
  "present.guess.average.one": "Over the {count} year drawn, the guess was {miss} off.",
  "present.guess.average.other": "Over the {count} years drawn, the guess was {miss} off on average.",
  "present.guess.label": "{series}: {value}",
  "present.choice.title": "Your turn: how much has China invested?",
  "present.choice.caption":
    "By Kazakhstan's official data, how much Chinese investment came in, {period}? Choose one, then reveal the answer.",
  "present.choice.group": "How much Chinese investment came in, {period}?",
  "present.choice.right": "Right: {value}. {measures}",
  "present.choice.wrong": "You chose {chosen}, {ratio} of the answer. {why} The answer is {value}. {measures}",
  "present.choice.none": "The answer is {value}. {measures}",
  "present.choice.answer": "✓ the answer",
  "present.choice.chosen": "✗ your choice",
  "speaker.reveal": "Reveal on the class's screen (R)",
  "speaker.revealed": "Revealed",

  // --- the presenter's notes (src/app/pages/present/notes.ts) and the speaker view (/present/speaker):
  // keys start with "notes." and "speaker." ---
  "notes.reporter.cn": "China's customs",
  "notes.reporter.kz": "Kazakhstan's statistics",
  "notes.reporter.estimate.cn": "China's side, estimated by a third party",
  "notes.reporter.estimate.kz": "Kazakhstan's side, estimated by a third party",
  "notes.value.multiple": "{multiple} times",
  "notes.value.yearsOf": "{higher} of {years} years",
  "notes.value.range": "{min}–{max}",
  "notes.figure.trade": "Bilateral trade, {year}",
  "notes.figure.flow.cnExports": "China's exports to Kazakhstan, {year}",
  "notes.figure.flow.kzImports": "Kazakhstan's imports from China, {year}",
  "notes.figure.flow.kzExports": "Kazakhstan's exports to China, {year}",
  "notes.figure.flow.cnImports": "China's imports from Kazakhstan, {year}",
  "notes.figure.growth": "Growth, {firstYear} to {latestYear}",
  "notes.figure.fall": "Fall from the {peakYear} high to {troughYear}",
  "notes.figure.averageGrowth": "Average yearly growth, {firstYear}–{latestYear}",
  "notes.figure.fastestYear": "Fastest rise in one year, {fromYear} to {toYear}",
  "notes.figure.gap": "How much higher China's figure is, {year}",
  "notes.figure.yearsHigher": "Years in which China's figure is the higher, {from}–{to}",
  "notes.figure.ties": "Diplomatic relations established",
  "notes.figure.tally": "Gross inflow of Chinese direct investment, {period}",
  "notes.figure.count": "{kind}, {period}",
  "notes.figure.inflow": "Gross inflow in {year}",
  "notes.figure.cost": "Cost of {covers}",
  "notes.figure.answer": "The answer: {label}",
  "notes.ties.say":
    "China and Kazakhstan established diplomatic relations on {date}, soon after Kazakhstan became independent. That year, China's customs recorded {value} of trade between the two countries. Keep that figure in mind: the next steps measure everything against it.",
  "notes.ties.question": "Before we move on, write down a guess: how much bigger had this trade become by {latestYear}?",
  "notes.guessLine.say":
    "The class draws how trade went on after {cutYear}, when {reporter} recorded {cutValue}. Let everyone commit to a line before you reveal it. The answer: {latest} in {latestYear}, {multiple} times the {cutYear} figure.",
  "notes.guessLine.sayFall":
    "The class draws how trade went on after {cutYear}, when {reporter} recorded {cutValue}. Let everyone commit to a line before you reveal it. The answer: {latest} in {latestYear}, {multiple} times the {cutYear} figure, with a fall of {fall} between {peakYear} and {troughYear} on the way.",
  "notes.guessLine.question": "Where was your line furthest from the data, and what might explain the difference?",
  "notes.guessChoice.say":
    "The class chooses, among {count} published totals, Kazakhstan's official count of Chinese direct investment, {period}. Ask for a show of hands before you reveal. The answer is {value}; each of the others counts something else, as its label says.",
  "notes.guessChoice.question":
    "Why might a careful reporter and a government spokesperson quote different totals for the same investment?",
  "notes.growth.say":
    "By {latestYear}, China's customs recorded {latest} of trade with Kazakhstan: {multiple} times the {firstYear} figure.",
  "notes.growth.sayFall":
    "By {latestYear}, China's customs recorded {latest} of trade with Kazakhstan: {multiple} times the {firstYear} figure. The climb was not steady: between {peakYear} and {troughYear}, trade fell by {fall}.",
  "notes.growth.question": "What could make trade between two neighbours grow this fast?",
  "notes.growth.questionFall":
    "Trade fell by {fall} between {peakYear} and {troughYear}. What could make trade between neighbours drop that fast?",
  "notes.log.say":
    "These are the same China customs figures on a log scale, where equal heights mean equal growth rates. From {firstYear} to {latestYear}, trade grew by {rate} a year on average.",
  "notes.log.sayFastest":
    "These are the same China customs figures on a log scale, where equal heights mean equal growth rates. From {firstYear} to {latestYear}, trade grew by {rate} a year on average. The fastest single year was {toYear}, up {change} on {fromYear}.",
  "notes.log.question": "If trade had grown at the same rate every year, what shape would the line make on this scale?",
  "notes.reporters.say":
    "Both countries count the same trade, and their totals differ. In {year}, China's customs recorded {cn} and Kazakhstan's statistics {kz}: China's figure is {gap} higher. Explanations offered include transit cargo, equipment imported only for a time, different methods, and smuggling.",
  "notes.reporters.sayExports":
    "Both countries count the same trade, and their totals differ. In {year}, China's customs recorded {cn} and Kazakhstan's statistics {kz}: China's figure is {gap} higher. Most of the gap is in goods going from China to Kazakhstan: in {flowYear}, China's customs recorded {cnExports} of exports, Kazakhstan's statistics {kzImports} of imports from China. Explanations offered include transit cargo, equipment imported only for a time, different methods, and smuggling.",
  "notes.reporters.question":
    "If you were writing a news story about this trade, which figure would you use, and how would you tell your readers?",
  "notes.ladder.say.one":
    "The two governments have upgraded their relationship once, from {first} in {firstYear} to {last} in {lastYear}. The names are diplomatic labels: they say how the governments describe the relationship, not how much trade or investment follows.",
  "notes.ladder.say.other":
    "The two governments have upgraded their relationship {count} times, from {first} in {firstYear} to {last} in {lastYear}. The names are diplomatic labels: they say how the governments describe the relationship, not how much trade or investment follows.",
  "notes.ladder.question":
    "Look back at the trade chart: does trade jump after each upgrade? If it does, does that show the upgrade caused it?",
  "notes.event.say": "{date}: {title}. {description}",
  "notes.event.question": "What changed after this event, and where in the other views would you look for evidence of it?",
  "notes.belt.say":
    "On {date}, in a speech at Nazarbayev University in Astana, Xi Jinping proposed that the two countries build a Silk Road Economic Belt together. It became the land half of the Belt and Road Initiative, and it was first announced here, in Kazakhstan.",
  "notes.belt.question": "Why might a Chinese leader choose to announce a plan like this in Kazakhstan rather than at home?",
  "notes.investment.say":
    "By Kazakhstan's official data, as cited, {value} of Chinese direct investment came in, {period}. That is a gross inflow: money arriving, counted before any of it leaves again, not what Chinese companies own in Kazakhstan today.",
  "notes.investment.sayCounts":
    "By Kazakhstan's official data, as cited, {value} of Chinese direct investment came in, {period}. That is a gross inflow: money arriving, counted before any of it leaves again, not what Chinese companies own in Kazakhstan today. Other counts measure other things: a stock counted at one date comes to {stock} ({stockPeriod}), while a total that probably includes loans reaches {loans}.",
  "notes.investment.question":
    "Which of these totals would you quote in a news story, and what would you add so that readers know what it counts?",
  "notes.place.say": "{name}: {description}",
  "notes.place.question": "Who built this, who owns it, and who gains from it?",
  "notes.khorgos.say":
    "{name} sits on Kazakhstan's side of the border with China. Containers are lifted here from one train to another, because China's railways run on standard gauge and Kazakhstan's on the wider gauge of the former Soviet Union. It is a port without a sea: goods are cleared and sorted here on their way between China, Central Asia and Europe.",
  "notes.khorgos.question": "Why would a country with no coastline build a port? What moves through it, and where to?",
  "notes.lianyungang.say":
    "{name} is a terminal on China's Pacific coast in which a Kazakh railway company holds a share. It gives Kazakhstan, the largest landlocked country in the world, a way to the sea of its own.",
  "notes.lianyungang.saySameDay":
    "{name} is a terminal on China's Pacific coast in which a Kazakh railway company holds a share. It gives Kazakhstan, the largest landlocked country in the world, a way to the sea of its own. It was agreed on {date}, a day the timeline also marks: “{event}”.",
  "notes.lianyungang.question":
    "What does a landlocked country gain from a terminal on another country's coast, and what does it come to depend on?",
  "speaker.label": "Speaker view",
  "speaker.description": "The presenter's side of the classroom story: the step on screen, notes, the next step and a timer",
  "speaker.open": "Speaker view",
  "speaker.openHint": "Opens the speaker view in a new window (key S): notes, the next step and a timer, in step with this screen.",
  "speaker.bar": "Presentation controls",
  "speaker.preview": "What the class sees",
  "speaker.previewAnswer": "The answer, which the class guesses before it is revealed",
  "speaker.notes": "Notes",
  "speaker.say": "Say",
  "speaker.figures": "Key figures",
  "speaker.figure.reporter": "Reported by {reporter}",
  "speaker.figure.source": "Source: {sources}",
  "speaker.figure.sources": "Sources: {sources}",
  "speaker.figure.more.one": "{count} more",
  "speaker.figure.more.other": "{count} more",
  "speaker.ask": "Ask the class",
  "speaker.noNotes": "There are no notes for this step.",
  "speaker.next": "Up next",
  "speaker.last": "This is the last step.",
  "speaker.keys":
    "→, Space or Page Down: next step. ← or Page Up: previous. Home and End: first and last. The class's screen moves with this one, and this one with it.",
  "speaker.timer.label": "Lesson time",
  "speaker.timer.clock": "{minutes}:{seconds}",
  "speaker.timer.clockHours": "{hours}:{minutes}:{seconds}",
  "speaker.timer.pause": "Pause",
  "speaker.timer.resume": "Resume",
  "speaker.timer.reset": "Reset",
  // --- the printed handout (/handout, and /present when printed): keys start with "handout." ---
  "handout.label": "Handout",
  "handout.description": "The classroom story on paper: each step's chart, key figures and sources, with a QR code to the live step",
  "handout.preparing": "Preparing the pages…",
  "handout.print": "Print",
  "handout.printHint": "One step to a page, on A4 or Letter. To keep a PDF, choose “Save as PDF” in the print dialog.",
  "handout.toPresent": "Open the presentation",
  "handout.title": "China and Kazakhstan, step by step",
  "handout.intro.one":
    "A handout for the classroom story of {site}: {count} step, with its chart, its key figures, its sources and a code that opens it live.",
  "handout.intro.other":
    "A handout for the classroom story of {site}: {count} steps, each with its chart, its key figures, its sources and a code that opens it live.",
  "handout.asOf": "Data as of {date}: trade figures to {year}.",
  "handout.asOfTrade": "Trade figures to {year}.",
  "handout.howTo.title": "How to read these charts",
  "handout.howTo.reporters":
    "Two reporters. China's customs and Kazakhstan's statistics count the same trade differently, and their figures are never mixed: the key under a chart says which line is whose, and the two differ by line pattern, not by colour alone.",
  "handout.howTo.log":
    "Log scale. On a log scale each step up the axis multiplies the value by the same factor, so equal heights mean equal growth rates and the small early figures stay readable beside the large recent ones.",
  "handout.howTo.unverified":
    "Unverified values. A hollow point marks a value not confirmed in the reporter's own publication, or an estimate by a third party.",
  "handout.howTo.unknown":
    "“Not disclosed” and “unknown”. An amount the parties did not publish reads “not disclosed”; one that no source gives reads “unknown”. Neither means zero.",
  "handout.howTo.qr":
    "QR codes. Scan a step's code with a phone's camera to open that step live, where every value has its tooltip, its table and its source.",
  "handout.contents": "The steps",
  "handout.step": "Step {n} of {total}",
  "handout.figures": "Key figures",
  "handout.figure": "Figure",
  "handout.value": "Value",
  "handout.reporter": "Reported by",
  "handout.sourceNumbers": "Sources",
  "handout.question": "Question",
  "handout.answerLater": "Guess first: the answer, with its figures and sources, is on the steps that follow, and live behind the code.",
  "handout.sources": "Sources",
  "handout.source": "{publisher}: {title}",
  "handout.sourceDated": "{publisher}: {title} ({date})",
  "handout.sourceNoUrl": "No web address on record.",
  "handout.sources.more.one": "{count} more source in the live view.",
  "handout.sources.more.other": "{count} more sources in the live view.",
  "handout.scan": "Scan to open this step",
  "handout.qrLabel": "QR code: step {n}, {url}",
  "handout.pageNumber": "Page {n} of {total}",
  "handout.running": "{site} — {title}",
} as const;
