// The phone page: it follows the room's feed, counts by itself between two
// feeds on the server's clock, flashes and chimes at each hand-over, and
// lets the trainer steer with the PIN. The server sends a feed only when
// something changes (see src/room/feed.rs), so every second the page shows
// is worked out here, the same way the app works it out. Its words come
// from the app's catalogues (GET /api/words), in the room's language unless
// the reader chose the other.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);

  /** How long the hand-over flash stays up, as src/room/stage.rs says. */
  const FLASH_MS = 2500;
  /** Round trips per time sync; the shortest one is kept. */
  const SYNC_SAMPLES = 8;
  /** Resync this often: two clocks drift apart, phones sleep. */
  const RESYNC_MS = 3 * 60 * 1000;
  /** A stream that said nothing for this long (heartbeats come every 15 s) is dead. */
  const SILENCE_MS = 20000;
  /** A stream that opened but sent nothing for this long is held up on the way. */
  const FIRST_MESSAGE_MS = 5000;
  /** How often to ask for the room when streaming does not work. */
  const POLL_MS = 5000;
  /** How often to try streaming again while polling. */
  const STREAM_RETRY_WHILE_POLLING_MS = 30000;
  const PIN_KEY = "oneOnOne.pin";
  const THEME_KEY = "oneOnOne.theme";
  /** The language the reader chose here, when not the room's. */
  const LANGUAGE_KEY = "oneOnOne.language";
  /** The last words heard, so a page reloaded without the room still reads. */
  const WORDS_KEY = "oneOnOne.words";

  // ---- Words: every language's, from src/share/words.rs. A message's
  // arguments are left in it as {$name}.

  /** Language code → message id → words. */
  let words = null;
  /** Whether the words came from the room this time, not from storage. */
  let wordsHeard = false;

  async function loadWords() {
    try {
      const response = await fetch("/api/words", { cache: "no-store" });
      if (!response.ok) throw new Error("the room answered " + response.status);
      words = await response.json();
      wordsHeard = true;
      try {
        localStorage.setItem(WORDS_KEY, JSON.stringify(words));
      } catch (error) {
        // Asked for again at the next visit.
      }
    } catch (error) {
      if (!words) {
        try { words = JSON.parse(localStorage.getItem(WORDS_KEY)); } catch (ignored) { words = null; }
      }
    }
  }

  function storedLanguage() {
    try { return localStorage.getItem(LANGUAGE_KEY); } catch (error) { return null; }
  }

  /** The reader's choice, else the room's language, else English. */
  function language() {
    const known = (code) => Boolean(code && words && words[code]);
    const chosen = storedLanguage();
    if (known(chosen)) return chosen;
    if (feed && known(feed.language)) return feed.language;
    return "en";
  }

  /** The message `key` in `language`, with `args` in place of its {$name}s. */
  function wordIn(code, key, args) {
    const table = (words && words[code]) || {};
    const template = table[key] !== undefined ? table[key] : key;
    return template.replace(/\{\$(\w+)\}/g, (whole, name) =>
      args && args[name] !== undefined ? String(args[name]) : whole);
  }

  /** The message `key` in the reader's language. */
  function word(key, args) {
    return wordIn(language(), key, args);
  }

  /** Words `element` with `key` now and whenever the language changes;
   * no `key` empties it. */
  function say(element, key, args) {
    if (!key) {
      delete element.dataset.word;
      delete element.dataset.wordArgs;
      element.textContent = "";
      return;
    }
    element.dataset.word = key;
    if (args) element.dataset.wordArgs = JSON.stringify(args);
    else delete element.dataset.wordArgs;
    const text = word(key, args);
    if (element.textContent !== text) element.textContent = text;
  }

  /** Every worded element, text and labels, in the reader's language. */
  function relabel() {
    for (const element of document.querySelectorAll("[data-word]")) {
      const args = element.dataset.wordArgs ? JSON.parse(element.dataset.wordArgs) : undefined;
      const text = word(element.dataset.word, args);
      if (element.textContent !== text) element.textContent = text;
    }
    for (const element of document.querySelectorAll("[data-word-label]")) {
      element.setAttribute("aria-label", word(element.dataset.wordLabel));
    }
    for (const element of document.querySelectorAll("[data-word-placeholder]")) {
      element.placeholder = word(element.dataset.wordPlaceholder);
    }
    // A narrow phone marks each do / don't line with a word drawn by the
    // style sheet, which reads it from here.
    const table = $("do-dont").style;
    table.setProperty("--do", JSON.stringify(word("phone-page-do")));
    table.setProperty("--dont", JSON.stringify(word("phone-page-dont")));
  }

  /** Words the room composed in its language, said again in the reader's:
   * the first of the room's messages `keys` that reads as `text` gives its
   * arguments to the reader's. Anything else stays as the room said it. */
  function reword(text, keys) {
    const room = feed && words && words[feed.language];
    if (!room || language() === feed.language) return text;
    for (const key of keys) {
      if (room[key] === undefined) continue;
      const names = [];
      const pattern = room[key].split(/(\{\$\w+\})/).map((part, i) => {
        if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(part.slice(2, -1));
        return "([\\s\\S]*?)";
      }).join("");
      const found = new RegExp("^" + pattern + "$").exec(text);
      if (found) return word(key, Object.fromEntries(names.map((name, i) => [name, found[i + 1]])));
    }
    return text;
  }

  /** Speaks the reader's language from now on: every word drawn again. */
  function applyLanguage() {
    const code = language();
    document.documentElement.lang = code;
    for (const key of Object.keys(drawn)) delete drawn[key];
    relabel();
    drawLanguageToggle();
    drawTheme();
    if (feed) {
      draw();
      tick();
    }
  }

  /** The toggle names the other language, in that language. */
  function drawLanguageToggle() {
    const codes = words ? Object.keys(words) : [];
    const button = $("language");
    button.hidden = codes.length < 2;
    if (button.hidden) return;
    const other = codes[(codes.indexOf(language()) + 1) % codes.length];
    button.dataset.code = other;
    button.textContent = wordIn(other, "phone-page-language");
    button.setAttribute("aria-label", wordIn(other, "phone-page-read-in"));
    button.setAttribute("lang", other);
  }

  $("language").addEventListener("click", () => {
    const wanted = $("language").dataset.code;
    try {
      // Choosing the room's own language goes back to following the room.
      if (feed && wanted === feed.language) localStorage.removeItem(LANGUAGE_KEY);
      else localStorage.setItem(LANGUAGE_KEY, wanted);
    } catch (error) {
      return;
    }
    applyLanguage();
  });

  // ---- Words, composed as src/room/words.rs and src/scenario/duration.rs
  // compose them, for the moments the page reaches before the next feed.

  /** "M:SS", or "H:MM:SS" from an hour: clock_text. */
  function clockText(secs) {
    const h = Math.floor(secs / 3600);
    const m = Math.floor((secs % 3600) / 60);
    const s = String(secs % 60).padStart(2, "0");
    return h > 0 ? h + ":" + String(m).padStart(2, "0") + ":" + s : m + ":" + s;
  }

  /** The word of the warning time: warning_word. */
  function warningWord(warningMs) {
    const w = Math.floor(warningMs / 1000);
    if (w === 60) return word("room-warning-last-minute");
    if (w % 60 === 0) return word("room-warning-minutes", { minutes: w / 60 });
    return word("room-warning-seconds", { seconds: w });
  }

  /** The word for a tone: clock_reading's. */
  function toneWord(tone, timing) {
    switch (tone) {
      case "ready": return word("room-ready");
      case "paused": return word("room-paused");
      case "finished": return word("room-finished");
      case "overtime": return word("room-overtime");
      case "warning": return warningWord(timing.warning_ms);
      default: return "";
    }
  }

  /** What follows from a state, in plain words: the app's hints name the
   * trainer's keys, which mean nothing on a phone. */
  function hintFor(view, tone, holds) {
    switch (tone) {
      case "ready": return word("phone-page-hint-ready");
      case "paused": return word("phone-page-hint-paused");
      case "finished": return reword(view.clock.hint, ["room-finished-hint"]);
      case "overtime": return holds ? word("phone-page-hint-overtime") : "";
      default: return "";
    }
  }

  /** The agenda's time left and the drift: left_caption. */
  function leftWords(secs, drift) {
    const left = clockText(secs);
    if (drift === null || drift === undefined) return word("room-left", { left });
    let said;
    if (drift === "on_time") said = word("room-on-time");
    else if ("behind_secs" in drift) said = word("room-behind", { time: clockText(drift.behind_secs) });
    else said = word("room-ahead", { time: clockText(drift.ahead_secs) });
    return word("room-left-drift", { left, drift: said });
  }

  /** A flash's detail for a narrow screen, without the trainer's keys:
   * each role on a line of its own. */
  function plainDetail(detail) {
    if (feed && detail === wordIn(feed.language, "room-flash-time-up-detail")) {
      return word("phone-page-time-up-detail");
    }
    return reword(detail, ["room-flash-finished-detail"]).replace(/ {2}· {2}/g, "\n");
  }

  // ---- The server's clock, NTP-style: several round trips, the shortest
  // kept, the server's reading taken to be at the middle of it.

  const clock = { offset: 0, rtt: Infinity, synced: false, syncing: false, lastSync: -Infinity };

  function serverNow() {
    return performance.now() + clock.offset;
  }

  async function sync() {
    if (clock.syncing) return;
    clock.syncing = true;
    let best = null;
    try {
      for (let i = 0; i < SYNC_SAMPLES; i++) {
        const t0 = performance.now();
        const response = await fetch("/api/time", { cache: "no-store" });
        const t1 = performance.now();
        if (!response.ok) break;
        const { now_ms: serverMs } = await response.json();
        // The server truncates to the millisecond: its instant lies within
        // the millisecond after the one it says.
        const sample = { rtt: t1 - t0, offset: serverMs + 0.5 - (t0 + t1) / 2 };
        if (!best || sample.rtt < best.rtt) {
          best = sample;
          // Good enough to count with until a better round trip comes.
          if (!clock.synced) adopt(best);
        }
      }
    } catch (error) {
      // Offline: keep the offset there is and try again on reconnecting.
    }
    if (best) {
      adopt(best);
      clock.lastSync = performance.now();
    }
    clock.syncing = false;
    tick();
  }

  function adopt(sample) {
    clock.offset = sample.offset;
    clock.rtt = sample.rtt;
    clock.synced = true;
  }

  // ---- The countdown between feeds.

  /** The step's time left at server time `now`, as the feed's timing runs on. */
  function stepLeftAt(timing, now) {
    return timing.running ? timing.step_left_ms - Math.max(0, now - timing.at_ms) : timing.step_left_ms;
  }

  /** The countdown at server time `now`: clock_reading in src/room/words.rs. */
  function reading(feed, now) {
    const { view, timing } = feed;
    if (view.phase !== "running" || !clock.synced) {
      const tone = typeof view.clock.tone === "string" ? view.clock.tone : "overtime";
      const pulse = tone === "overtime" && view.clock.tone.overtime.pulse;
      return { digits: view.clock.digits, tone, pulse, word: toneWord(tone, timing), hint: hintFor(view, tone, timing.holds) };
    }
    let left = stepLeftAt(timing, now);
    // A step that moves on by itself stands at zero until the app's next
    // feed says what came next.
    if (left < 0 && !timing.holds) left = 0;
    if (left < 0) {
      // Rounded down past zero, so "+0:01" shows a full second after the end.
      const over = Math.floor(-left / 1000);
      return { digits: "+" + clockText(over), tone: "overtime", pulse: over % 2 === 1, word: word("room-overtime"), hint: hintFor(view, "overtime", true) };
    }
    // Rounded up while counting down, so "0:00" never shows before the end.
    const digits = clockText(Math.ceil(left / 1000));
    if (timing.warning_ms > 0 && left <= timing.warning_ms) {
      return { digits, tone: "warning", pulse: false, word: warningWord(timing.warning_ms), hint: "" };
    }
    return { digits, tone: "calm", pulse: false, word: "", hint: "" };
  }

  /** The agenda's time left and the drift: left_caption, counted on. What
   * stands still is taken from the feed as the app rounded it; the feed's
   * milliseconds are whole, and a second worked out again from them could
   * fall on the other side of a boundary. */
  function leftCaption(feed, now) {
    const { view, timing } = feed;
    if (view.phase === "finished" || !clock.synced) return leftWords(view.agenda_left_secs, view.drift);
    const passed = timing.running ? Math.max(0, now - timing.at_ms) : 0;
    // Only the step's own time runs out of the agenda; its overtime does not.
    const agendaLeft = timing.agenda_left_ms - Math.min(passed, Math.max(0, timing.step_left_ms));
    const agendaMoves = timing.running && timing.step_left_ms > 0;
    const secs = agendaMoves ? Math.ceil(agendaLeft / 1000) : view.agenda_left_secs;
    // The projected end stands still while the agenda counts down, and
    // slips while it does not: paused, or past the step's end.
    let drift = view.drift;
    if (timing.planned_end_ms !== null && !(agendaMoves && stepLeftAt(timing, now) > 0)) {
      const late = now + agendaLeft - timing.planned_end_ms;
      if (late >= 1000) drift = { behind_secs: Math.floor(late / 1000) };
      else if (late <= -1000) drift = { ahead_secs: Math.floor(-late / 1000) };
      else drift = "on_time";
    }
    return leftWords(secs, drift);
  }

  /** How much of the current step is done, from 0 to 1. */
  function stepDone(timing, now) {
    const length = Math.max(1000, timing.step_length_ms);
    return Math.min(1, Math.max(0, (timing.step_length_ms - stepLeftAt(timing, now)) / length));
  }

  // ---- Drawing.

  let feed = null;
  let shown = { digits: "", tone: "", word: "" };
  /** An act the person tapped to read, in the step they tapped it. */
  let chosenAct = null;
  const drawn = {};
  let tickTimer = 0;

  /** Sets `id`'s text as it is: the room's content, or words worked out here. */
  function setText(id, text) {
    const element = $(id);
    delete element.dataset.word;
    delete element.dataset.wordArgs;
    if (element.textContent !== text) element.textContent = text;
  }

  function setWord(id, key, args) {
    say($(id), key, args);
  }

  function make(tag, text, className) {
    const element = document.createElement(tag);
    if (text !== undefined) element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  /** Redraws `id` from `value` only when `value` changed since last time. */
  function changed(id, value) {
    const key = JSON.stringify(value);
    if (drawn[id] === key) return false;
    drawn[id] = key;
    return true;
  }

  /** What moves with time: the digits, their state, the captions, the bar. */
  function tick() {
    clearTimeout(tickTimer);
    if (!feed) return;
    const now = serverNow();
    const r = reading(feed, now);
    setText("digits", r.digits);
    setText("mini", r.digits);
    setText("state-word", r.word);
    setText("hint", r.hint);
    document.body.dataset.tone = r.tone;
    document.body.classList.toggle("pulse", r.pulse);
    if (shown.digits.length !== r.digits.length) fitDigits();
    setText("left", leftCaption(feed, now));
    const current = document.querySelector("#timeline .current .done");
    if (current && feed.view.phase !== "finished" && clock.synced) {
      current.style.width = (stepDone(feed.timing, now) * 100).toFixed(2) + "%";
    }
    shown = r;
    tickTimer = setTimeout(tick, untilNextChange(now));
  }

  /** The digits as large as the stylesheet allows and the width takes. */
  function fitDigits() {
    const digits = $("digits");
    digits.style.fontSize = "";
    const room = $("clock").clientWidth;
    if (digits.scrollWidth > room) {
      const size = parseFloat(getComputedStyle(digits).fontSize);
      digits.style.fontSize = Math.floor((size * room) / digits.scrollWidth) + "px";
    }
  }

  window.addEventListener("resize", fitDigits);

  // Someone scrolled down to read the questions still sees the time, small,
  // in the bar that stays at the top.
  if (window.IntersectionObserver) {
    new IntersectionObserver(([entry]) => {
      document.body.classList.toggle("clock-away", !entry.isIntersecting);
    }).observe($("clock"));
  }

  /** Milliseconds until the digits change: the next whole second of the
   * time left, a moment after it so the new second is surely there. */
  function untilNextChange(now) {
    if (!feed || !feed.timing.running || !clock.synced) return 1000;
    const left = stepLeftAt(feed.timing, now);
    const into = ((left % 1000) + 1000) % 1000;
    return (into === 0 ? 1000 : into) + 2;
  }

  /** Everything a new feed may change. */
  function draw() {
    const { view, timing } = feed;
    setText("title", view.title);
    const second = view.second;
    setText("title-second", second ? second.title : "");
    $("title-second").hidden = !(second && second.title);
    mark($("title"), second && feed.language);
    mark($("title-second"), second && second.language);
    setWord("step", "phone-page-step", { number: view.step_number, count: view.step_count });
    if (changed("cast", view.cast)) drawCast(view.cast);
    // The step's position is shown at the top; the caption keeps what is
    // next, worded as next_caption words it.
    const coming = view.phase !== "finished" && view.timeline[view.step_number];
    let next;
    if (coming) next = word("room-next", { title: coming.title, length: coming.length });
    else next = word(view.phase === "finished" ? "room-agenda-done" : "room-next-end");
    setText("next", next.charAt(0).toUpperCase() + next.slice(1));
    if (changed("timeline", view.timeline)) drawTimeline(view.timeline);
    if (chosenAct && chosenAct.step !== view.step_number) chosenAct = null;
    if (changed("panel", [view.panel, feed.acts, chosenAct, second])) drawPanel(view.panel);
    if (changed("do-dont", view.do_dont)) drawDoDont(view.do_dont);
    if (changed("tally", view.tally)) drawTally(view.tally);
    if (changed("ballot", feed.ballot)) drawBallot(feed.ballot);
    drawTheme();
    drawControls(view, timing);
    document.body.dataset.phase = view.phase;
  }

  function drawCast(cast) {
    const list = $("cast");
    list.replaceChildren(...cast.map(({ role, person }) => {
      const item = make("li");
      item.append(make("span", role + ": ", "role"), make("strong", person, "person"));
      return item;
    }));
    list.hidden = cast.length === 0;
  }

  function drawTimeline(segments) {
    $("timeline").replaceChildren(...segments.map((segment) => {
      const box = make("div", undefined, segment.current ? "segment current" : "segment");
      box.style.flexGrow = String(Math.max(segment.share, 0.001));
      const done = make("div", undefined, "done");
      done.style.width = (segment.done * 100).toFixed(2) + "%";
      box.append(done);
      return box;
    }));
  }

  /** Marks `element` as in the language `code`, or as the page's. */
  function mark(element, code) {
    if (code) element.lang = code;
    else element.removeAttribute("lang");
  }

  /** `text` in the format's other language, to go under its `first` twin,
   * as the projector shows both when the trainer asks: quieter, and each
   * twin marked with its language, as the page may speak the reader's
   * language and not the room's. Nothing while the room shows one. */
  function twin(first, text, tag) {
    if (!text) return [];
    if (first) mark(first, feed.language);
    const element = make(tag || "p", text, "second");
    mark(element, feed.view.second.language);
    return [element];
  }

  function drawPanel(panel) {
    const kind = Object.keys(panel)[0];
    const body = panel[kind];
    const second = feed.view.second || {};
    const box = $("panel");
    box.dataset.kind = kind;
    const parts = [];
    const instructions = body.instructions ? [make("p", body.instructions, "instructions")] : [];
    instructions.push(...twin(instructions[0], second.instructions));
    // In a conversation the act is what a pair looks down for; the step's
    // instructions stay the same all along, so they come after it.
    if (kind !== "acts") parts.push(...instructions);
    if (kind === "agenda") parts.push(...agendaParts(body));
    if (kind === "acts") parts.push(...actParts(body, second), ...instructions);
    if (kind === "questions" || kind === "reflection") {
      const heading = make("h2", body.heading);
      parts.push(heading, ...twin(heading, second.heading), list(body.questions, "questions", second.questions));
    }
    box.replaceChildren(...parts);
  }

  /** A list of `items`, each with its twin of `seconds` by index. */
  function list(items, className, seconds) {
    const element = make("ul", undefined, className);
    element.append(...items.map((item, i) => {
      const line = make("li", item);
      line.append(...twin(line, seconds && seconds[i], "span"));
      return line;
    }));
    return element;
  }

  function agendaParts({ steps, choose }) {
    const agenda = make("ol", undefined, "agenda");
    agenda.append(...steps.map((step) => {
      const line = make("li", undefined, step.current ? "current" : "");
      if (step.current) line.setAttribute("aria-current", "step");
      line.append(make("span", step.length, "length"), make("span", step.title, "step-title"));
      return line;
    }));
    const parts = [make("h2", word("room-agenda")), agenda];
    if (choose.length) parts.push(make("h2", word("room-choose")), list(choose, "choose"));
    return parts;
  }

  /** The acts as buttons: the paced one marked "now", the one read pressed.
   * Tapping another act reads it here only; tapping the paced one, or a new
   * step, follows the room again. The other language has only the act the
   * room shows. */
  function actParts({ acts, paced, shown: roomShows, purpose, questions }, second) {
    const readIndex = chosenAct ? chosenAct.act : roomShows;
    const card = chosenAct && feed.acts[chosenAct.act]
      ? feed.acts[chosenAct.act]
      : { name: acts[roomShows] || "", purpose, questions };
    const row = make("div", undefined, "acts");
    row.setAttribute("role", "group");
    row.setAttribute("aria-label", word("phone-page-acts"));
    acts.forEach((name, i) => {
      const button = make("button", undefined, i === paced ? "act paced" : "act");
      button.type = "button";
      button.setAttribute("aria-pressed", String(i === readIndex));
      if (i === paced) button.append(make("span", word("room-now"), "now-mark"));
      button.append(make("span", name, "act-name"));
      button.addEventListener("click", () => {
        chosenAct = i === paced ? null : { step: feed.view.step_number, act: i };
        draw();
        // The row was drawn anew: keep the place of whoever tapped.
        $("panel").querySelectorAll(".act")[i].focus();
      });
      row.append(button);
    });
    const parts = [row];
    if (chosenAct && chosenAct.act !== paced) {
      parts.push(make("p", word("phone-page-reading-ahead"), "reading-ahead"));
    }
    const paired = readIndex === roomShows ? second : {};
    if (card.purpose) {
      const about = make("p", undefined, "purpose");
      about.append(make("strong", card.name + ": "), document.createTextNode(card.purpose));
      parts.push(about, ...twin(about, paired.purpose));
    }
    if (card.questions.length) parts.push(list(card.questions, "questions", paired.questions));
    return parts;
  }

  function drawDoDont(rows) {
    $("do-dont").hidden = !rows;
    $("do-dont-rows").replaceChildren(...(rows || []).map((row) => {
      const line = make("tr");
      line.append(make("td", row.do, "do"), make("td", row.dont, "dont"));
      return line;
    }));
  }

  // ---- The tally: after a conversation, which acts the pair reached.
  // A vote is one yes or no per act and a random token this browser keeps,
  // so a changed mind replaces the earlier vote; nothing else is sent.

  const TOKEN_KEY = "oneOnOne.device";
  const VOTES_KEY = "oneOnOne.votes";
  /** Wait this long after a tap before sending, so a few taps send once. */
  const VOTE_SETTLE_MS = 700;
  let voteTimer = null;

  /** This browser's token: random, made once, never tied to a name. */
  function deviceToken() {
    let token = null;
    try { token = localStorage.getItem(TOKEN_KEY); } catch (error) { /* private mode */ }
    if (!token || !/^[A-Za-z0-9_-]{16,64}$/.test(token)) {
      const bytes = new Uint8Array(18);
      crypto.getRandomValues(bytes);
      token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_");
      try { localStorage.setItem(TOKEN_KEY, token); } catch (error) { /* kept for the tab */ }
    }
    return token;
  }

  /** The answers this browser gave, by workshop and round. */
  function storedVotes() {
    try { return JSON.parse(localStorage.getItem(VOTES_KEY)) || {}; } catch (error) { return {}; }
  }

  function ballotKey(ballot) {
    return (feed && feed.view.format) + " · " + ballot.round;
  }

  function drawBallot(ballot) {
    $("ballot").hidden = !ballot;
    if (!ballot) return;
    setWord("ballot-title", "phone-page-ballot-in", { conversation: ballot.conversation });
    const answers = storedVotes()[ballotKey(ballot)] || ballot.acts.map(() => false);
    $("ballot-acts").replaceChildren(...ballot.acts.map((act, i) => {
      const button = make("button", (answers[i] ? "✓ " : "") + act, "ballot-act");
      button.type = "button";
      button.setAttribute("aria-pressed", String(Boolean(answers[i])));
      button.addEventListener("click", () => {
        answers[i] = !answers[i];
        button.setAttribute("aria-pressed", String(answers[i]));
        button.textContent = (answers[i] ? "✓ " : "") + act;
        const votes = storedVotes();
        votes[ballotKey(ballot)] = answers;
        try { localStorage.setItem(VOTES_KEY, JSON.stringify(votes)); } catch (error) { /* sent anyway */ }
        setWord("ballot-status", "phone-page-vote-sending");
        clearTimeout(voteTimer);
        voteTimer = setTimeout(() => sendVote(ballot, answers.slice()), VOTE_SETTLE_MS);
      });
      return button;
    }));
  }

  async function sendVote(ballot, reached) {
    let said;
    let args;
    try {
      const response = await fetch("/api/tally", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ token: deviceToken(), round: ballot.round, reached }),
        cache: "no-store",
      });
      if (response.status === 204) said = "phone-page-vote-sent";
      else if (response.status === 409) said = "phone-page-vote-closed";
      else if (response.status === 429) said = "phone-page-vote-too-many";
      else {
        said = "phone-page-vote-refused";
        args = { status: response.status };
      }
    } catch (error) {
      said = "phone-page-vote-offline";
    }
    setWord("ballot-status", said, args);
  }

  /** The room's counts at the last step, as the projector shows them. */
  function drawTally(tally) {
    $("tally").hidden = !tally;
    if (!tally) return;
    setWord("tally-title", "room-tally-heading", { conversation: tally.conversation });
    $("tally-rows").replaceChildren(...tally.reached.map((count) => {
      const row = make("li");
      const bar = make("span", undefined, "tally-bar");
      const fill = make("span", undefined, "tally-fill");
      fill.style.width = (tally.voters ? (100 * count.pairs) / tally.voters : 0).toFixed(1) + "%";
      bar.append(fill);
      const counted = { act: count.act, pairs: count.pairs, voters: tally.voters };
      const key = tally.voters === 1 ? "room-tally-one-pair" : "room-tally-pairs";
      row.append(bar, make("span", word(key, counted)));
      return row;
    }));
  }

  // ---- Theme: the room's, unless the person chose the other one here.

  function storedTheme() {
    try { return localStorage.getItem(THEME_KEY); } catch (error) { return null; }
  }

  function drawTheme() {
    const theme = storedTheme() || (feed ? feed.theme : "dark");
    const root = document.documentElement;
    root.dataset.theme = theme;
    const other = theme === "dark" ? "light" : "dark";
    const button = $("theme");
    say(button, other === "light" ? "phone-page-light" : "phone-page-dark");
    button.dataset.wordLabel = other === "light" ? "phone-page-to-light" : "phone-page-to-dark";
    button.setAttribute("aria-label", word(button.dataset.wordLabel));
    document.querySelector('meta[name="theme-color"]').content = theme === "dark" ? "#101214" : "#FCFCFA";
  }

  $("theme").addEventListener("click", () => {
    const current = document.documentElement.dataset.theme;
    const wanted = current === "dark" ? "light" : "dark";
    try {
      // Choosing the room's own theme goes back to following the room.
      if (feed && wanted === feed.theme) localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, wanted);
    } catch (error) {
      document.documentElement.dataset.theme = wanted;
      return;
    }
    drawTheme();
  });

  // ---- Hand-overs: the flash, a buzz and a chime.

  let flashTimer = 0;

  /** Takes a feed in, and notices the moments it brings. */
  function take(next, fromPoll) {
    // A poll's answer may have been overtaken by the stream.
    if (fromPoll && feed && next.timing.at_ms < feed.timing.at_ms) return;
    const previous = feed;
    feed = next;
    const spoken = document.documentElement.lang;
    if (language() !== spoken) applyLanguage();
    draw();
    tick();
    const flash = next.view.flash;
    if (!flash) {
      hideFlash();
    } else if (!previous || next.view.cue > previous.view.cue) {
      showFlash(flash, next.timing);
    }
    // A moment long gone (the page was away) is not news to chime.
    const fresh = !clock.synced || serverNow() - next.timing.at_ms < 10000;
    if (previous && next.view.cue > previous.view.cue && fresh) {
      chime();
      if (flash && navigator.vibrate) navigator.vibrate([180, 90, 180]);
    }
  }

  function showFlash(flash, timing) {
    // Down when the projector's comes down, counted from when it went up.
    const ends = timing.at_ms + (1 - flash.age) * FLASH_MS;
    const stays = clock.synced ? ends - serverNow() : (1 - flash.age) * FLASH_MS;
    if (stays <= 0) return;
    const headlines = ["room-flash-swap", "room-flash-next", "room-flash-time-up", "room-flash-finished"];
    setText("flash-headline", reword(flash.headline, headlines));
    setText("flash-detail", plainDetail(flash.detail));
    $("flash").hidden = false;
    clearTimeout(flashTimer);
    flashTimer = setTimeout(hideFlash, stays);
  }

  function hideFlash() {
    clearTimeout(flashTimer);
    $("flash").hidden = true;
  }

  $("flash").addEventListener("click", hideFlash);

  let audio = null;
  let soundOn = false;
  let chimes = 0;

  /** A soft bell: a few inharmonic partials, each dying away. */
  function chime() {
    if (!soundOn || !audio) return;
    chimes += 1;
    const start = audio.currentTime + 0.02;
    const out = audio.createGain();
    out.gain.value = 0.3;
    out.connect(audio.destination);
    for (const [ratio, level, decay] of [[1, 0.6, 2.4], [2.76, 0.2, 1.2], [5.4, 0.08, 0.6]]) {
      const tone = audio.createOscillator();
      tone.frequency.value = 660 * ratio;
      const envelope = audio.createGain();
      envelope.gain.setValueAtTime(0.0001, start);
      envelope.gain.exponentialRampToValueAtTime(level, start + 0.01);
      envelope.gain.exponentialRampToValueAtTime(0.0001, start + decay);
      tone.connect(envelope).connect(out);
      tone.start(start);
      tone.stop(start + decay + 0.05);
    }
  }

  // Browsers play sound only after a tap, so the person allows it here.
  $("sound").addEventListener("click", () => {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) {
      setWord("sound", "phone-page-no-sound");
      return;
    }
    if (!audio) audio = new Context();
    soundOn = !soundOn;
    if (soundOn) {
      audio.resume();
      chime();
    }
    $("sound").setAttribute("aria-pressed", String(soundOn));
    setWord("sound", soundOn ? "phone-page-sound-on" : "phone-page-sound-off");
  });

  // ---- The network: a stream of feeds, and polling when streaming fails.

  const net = {
    source: null,
    openedAt: 0,
    heardOnStream: false,
    probed: false,
    lastHeard: 0,
    errors: 0,
    live: false,
    everLive: false,
    polling: false,
    pollTimer: 0,
    retryTimer: 0,
  };

  function connect() {
    clearTimeout(net.retryTimer);
    if (net.source) net.source.close();
    const source = new EventSource("/api/events");
    net.source = source;
    net.openedAt = performance.now();
    net.heardOnStream = false;
    net.probed = false;
    source.addEventListener("room", (event) => {
      heard(source);
      take(JSON.parse(event.data), false);
    });
    source.addEventListener("heartbeat", () => heard(source));
    source.addEventListener("error", () => {
      if (net.source === source) dropStream();
    });
  }

  function heard(source) {
    if (net.source !== source) return;
    if (!net.heardOnStream) {
      net.heardOnStream = true;
      // Words read from storage are this visit's stand-in: ask the room.
      if (!wordsHeard) loadWords().then(applyLanguage);
      // A new connection may be to a restarted server: take its time again.
      sync();
    }
    net.lastHeard = performance.now();
    net.errors = 0;
    stopPolling();
    setLive(true);
  }

  /** The stream broke or fell silent: count from what is known and retry,
   * soon, but with some spread so a room of phones does not knock at once. */
  function dropStream() {
    if (net.source) net.source.close();
    net.source = null;
    net.errors += 1;
    if (!net.polling) setLive(false);
    if (net.errors >= 3 && !net.polling) tryPolling();
    const delay = net.polling
      ? STREAM_RETRY_WHILE_POLLING_MS
      : Math.min(1500, 500 * net.errors) + Math.random() * 500;
    clearTimeout(net.retryTimer);
    net.retryTimer = setTimeout(connect, delay);
  }

  /** Asks for the room once; when it answers while streaming fails, keeps
   * asking every few seconds. */
  async function tryPolling() {
    try {
      const response = await fetch("/api/room", { cache: "no-store" });
      if (!response.ok) throw new Error("the room answered " + response.status);
      const { feed: latest } = await response.json();
      if (net.heardOnStream && net.source) return;
      if (!net.polling) {
        net.polling = true;
        sync();
      }
      take(latest, true);
      setLive(true);
    } catch (error) {
      if (net.polling) setLive(false);
    }
    if (net.polling) {
      clearTimeout(net.pollTimer);
      net.pollTimer = setTimeout(tryPolling, POLL_MS);
    }
  }

  function stopPolling() {
    net.polling = false;
    clearTimeout(net.pollTimer);
  }

  function setLive(live) {
    net.live = live;
    if (live) net.everLive = true;
    let said = "phone-page-live";
    if (!live) said = net.everLive ? "phone-page-reconnecting" : "phone-page-connecting";
    else if (net.polling) said = "phone-page-live-polling";
    setWord("status", said);
    document.body.classList.toggle("offline", !live && net.everLive);
  }

  /** Watches the stream: silent since opening, or silent for too long. */
  function watch() {
    const now = performance.now();
    if (net.source && !net.heardOnStream && !net.probed && now - net.openedAt > FIRST_MESSAGE_MS) {
      net.probed = true;
      tryPolling();
    }
    const since = net.heardOnStream ? net.lastHeard : net.openedAt;
    if (net.source && now - since > SILENCE_MS) dropStream();
    if (now - clock.lastSync > RESYNC_MS && (net.live || net.polling)) sync();
  }

  // ---- The trainer's remote control.

  function storedPin() {
    try { return sessionStorage.getItem(PIN_KEY); } catch (error) { return null; }
  }

  function keepPin(pin) {
    try {
      if (pin) sessionStorage.setItem(PIN_KEY, pin);
      else sessionStorage.removeItem(PIN_KEY);
    } catch (error) {
      // Private mode without storage: the PIN is asked again after a reload.
    }
    memoryPin = pin;
  }

  let memoryPin = storedPin();

  /** Sends an intent; answers "sent", "wrong", "wait" (with seconds) or "offline". */
  async function send(intent, pin) {
    let response;
    try {
      response = await fetch("/api/control", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ pin, intent }),
        cache: "no-store",
      });
    } catch (error) {
      return { answer: "offline" };
    }
    if (response.status === 204) return { answer: "sent" };
    if (response.status === 401) return { answer: "wrong" };
    if (response.status === 429) {
      return { answer: "wait", secs: Number(response.headers.get("Retry-After")) || 60 };
    }
    return { answer: "offline" };
  }

  function waitWords(secs) {
    return secs > 60 ? "phone-page-pin-wait-minutes" : "phone-page-pin-wait-minute";
  }

  function showTrainer() {
    $("trainer").hidden = false;
    document.body.classList.add("trainer-open");
    const unlocked = Boolean(memoryPin);
    $("pin-form").hidden = unlocked;
    $("controls").hidden = !unlocked;
    $("trainer-lock").hidden = !unlocked;
    if (!unlocked) $("pin").focus();
  }

  function hideTrainer() {
    $("trainer").hidden = true;
    document.body.classList.remove("trainer-open");
  }

  $("trainer-open").addEventListener("click", () => ($("trainer").hidden ? showTrainer() : hideTrainer()));
  $("trainer-close").addEventListener("click", hideTrainer);
  $("trainer-lock").addEventListener("click", () => {
    keepPin(null);
    hideTrainer();
  });

  $("pin-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const pin = $("pin").value.trim();
    if (!/^\d{6}$/.test(pin)) {
      setWord("pin-error", "phone-page-pin-short");
      return;
    }
    $("pin-submit").disabled = true;
    setWord("pin-error", "phone-page-pin-checking");
    const { answer, secs } = await send("check", pin);
    $("pin-submit").disabled = false;
    if (answer === "sent") {
      keepPin(pin);
      $("pin").value = "";
      setText("pin-error", "");
      showTrainer();
    } else if (answer === "wrong") {
      setWord("pin-error", "phone-page-pin-wrong");
      $("pin").select();
    } else if (answer === "wait") {
      setWord("pin-error", waitWords(secs));
    } else {
      setWord("pin-error", "phone-page-pin-offline");
    }
  });

  for (const button of document.querySelectorAll("#controls [data-intent]")) {
    button.addEventListener("click", async () => {
      setText("control-message", "");
      const { answer, secs } = await send(button.dataset.intent, memoryPin);
      if (answer === "sent") {
        button.classList.add("sent");
        setTimeout(() => button.classList.remove("sent"), 400);
      } else if (answer === "wrong") {
        keepPin(null);
        showTrainer();
        setWord("pin-error", "phone-page-pin-changed");
      } else if (answer === "wait") {
        setWord("control-message", waitWords(secs));
      } else {
        setWord("control-message", "phone-page-control-offline");
      }
    });
  }

  function drawControls(view) {
    const label = {
      ready: "phone-page-start",
      running: "phone-page-pause",
      paused: "phone-page-resume",
      finished: "phone-page-finished",
    }[view.phase];
    const button = $("start-pause");
    setWord("start-pause", label);
    button.disabled = view.phase === "finished";
  }

  // ---- Start, and what tests may read.

  /** Whether the words are there (from the room, or stored), for the
   * worksheet's script, which words itself with `word` and `say`. */
  const ready = loadWords();

  window.oneOnOne = Object.freeze({
    serverNow,
    ready,
    word,
    say,
    language,
    state() {
      return {
        title: feed ? feed.view.title : "",
        digits: shown.digits,
        tone: shown.tone,
        word: shown.word,
        stepNumber: feed ? feed.view.step_number : 0,
        cue: feed ? feed.view.cue : 0,
        chimes,
        connected: net.live,
        reconnecting: !net.live && net.everLive,
        synced: clock.synced,
        offsetMs: clock.offset,
        rttMs: clock.rtt,
        polling: net.polling,
        language: language(),
      };
    },
  });

  document.addEventListener("visibilitychange", () => {
    // A phone that slept may have a clock that stood still, and a dead stream.
    if (document.visibilityState === "visible") {
      sync();
      tick();
      if (!net.source || performance.now() - net.lastHeard > SILENCE_MS) connect();
    }
  });

  ready.then(() => {
    applyLanguage();
    sync();
    connect();
    setInterval(watch, 1000);
  });
})();
