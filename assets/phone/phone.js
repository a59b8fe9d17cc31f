// The phone page: it follows the room's feed, counts by itself between two
// feeds on the server's clock, flashes and chimes at each hand-over, and
// lets the trainer steer with the PIN. The server sends a feed only when
// something changes (see src/room/feed.rs), so every second the page shows
// is worked out here, the same way the app works it out.
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
    if (w === 60) return "▲ Last minute";
    if (w % 60 === 0) return "▲ Last " + w / 60 + " minutes";
    return "▲ Last " + w + " seconds";
  }

  const OVERTIME_WORD = "● Overtime";

  /** What follows from a state, in plain words: the app's hints name the
   * trainer's keys, which mean nothing on a phone. */
  function hintFor(view, tone, holds) {
    switch (tone) {
      case "ready": return "Starts when the trainer is ready";
      case "paused": return "Waiting for the trainer";
      case "finished": return view.clock.hint;
      case "overtime": return holds ? "Moves on when the trainer is ready" : "";
      default: return "";
    }
  }

  /** A flash's detail for a narrow screen, without the trainer's keys:
   * each role on a line of its own. */
  function plainDetail(detail) {
    return detail.replace("Press → to move on", "The trainer moves on").replace(/ {2}· {2}/g, "\n");
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
      return { digits: view.clock.digits, tone, pulse, word: view.clock.word, hint: hintFor(view, tone, timing.holds) };
    }
    let left = stepLeftAt(timing, now);
    // A step that moves on by itself stands at zero until the app's next
    // feed says what came next.
    if (left < 0 && !timing.holds) left = 0;
    if (left < 0) {
      // Rounded down past zero, so "+0:01" shows a full second after the end.
      const over = Math.floor(-left / 1000);
      return { digits: "+" + clockText(over), tone: "overtime", pulse: over % 2 === 1, word: OVERTIME_WORD, hint: hintFor(view, "overtime", true) };
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
    if (view.phase === "finished" || !clock.synced) return view.left_caption;
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
    return clockText(secs) + " left" + driftWords(drift);
  }

  function driftWords(drift) {
    if (drift === null) return "";
    if (drift === "on_time") return " · on time";
    if ("behind_secs" in drift) return " · " + clockText(drift.behind_secs) + " behind plan";
    return " · " + clockText(drift.ahead_secs) + " ahead of plan";
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

  function setText(id, text) {
    const element = $(id);
    if (element.textContent !== text) element.textContent = text;
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
    setText("step", "Step " + view.step_number + " of " + view.step_count);
    if (changed("cast", view.cast)) drawCast(view.cast);
    // The step's position is shown at the top; the caption keeps what is next.
    const next = view.next_caption.replace(/^step \d+ of \d+ · /, "");
    setText("next", next.charAt(0).toUpperCase() + next.slice(1));
    if (changed("timeline", view.timeline)) drawTimeline(view.timeline);
    if (chosenAct && chosenAct.step !== view.step_number) chosenAct = null;
    if (changed("panel", [view.panel, feed.acts, chosenAct])) drawPanel(view.panel);
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

  function drawPanel(panel) {
    const kind = Object.keys(panel)[0];
    const body = panel[kind];
    const box = $("panel");
    box.dataset.kind = kind;
    const parts = [];
    const instructions = body.instructions ? [make("p", body.instructions, "instructions")] : [];
    // In a conversation the act is what a pair looks down for; the step's
    // instructions stay the same all along, so they come after it.
    if (kind !== "acts") parts.push(...instructions);
    if (kind === "agenda") parts.push(...agendaParts(body));
    if (kind === "acts") parts.push(...actParts(body), ...instructions);
    if (kind === "questions" || kind === "reflection") {
      parts.push(make("h2", body.heading), list(body.questions, "questions"));
    }
    box.replaceChildren(...parts);
  }

  function list(items, className) {
    const element = make("ul", undefined, className);
    element.append(...items.map((item) => make("li", item)));
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
    const parts = [make("h2", "Agenda"), agenda];
    if (choose.length) parts.push(make("h2", "Choose"), list(choose, "choose"));
    return parts;
  }

  /** The acts as buttons: the paced one marked "now", the one read pressed.
   * Tapping another act reads it here only; tapping the paced one, or a new
   * step, follows the room again. */
  function actParts({ acts, paced, shown: roomShows, purpose, questions }) {
    const readIndex = chosenAct ? chosenAct.act : roomShows;
    const card = chosenAct && feed.acts[chosenAct.act]
      ? feed.acts[chosenAct.act]
      : { name: acts[roomShows] || "", purpose, questions };
    const row = make("div", undefined, "acts");
    row.setAttribute("role", "group");
    row.setAttribute("aria-label", "The acts of the conversation");
    acts.forEach((name, i) => {
      const button = make("button", undefined, i === paced ? "act paced" : "act");
      button.type = "button";
      button.setAttribute("aria-pressed", String(i === readIndex));
      if (i === paced) button.append(make("span", "▶ now", "now-mark"));
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
      parts.push(make("p", "You are reading another act. Tap “now” to follow the room.", "reading-ahead"));
    }
    if (card.purpose) {
      const about = make("p", undefined, "purpose");
      about.append(make("strong", card.name + ": "), document.createTextNode(card.purpose));
      parts.push(about);
    }
    if (card.questions.length) parts.push(list(card.questions, "questions"));
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
    setText("ballot-title", "Which acts did your pair reach in " + ballot.conversation + "?");
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
        setText("ballot-status", "Sending…");
        clearTimeout(voteTimer);
        voteTimer = setTimeout(() => sendVote(ballot, answers.slice()), VOTE_SETTLE_MS);
      });
      return button;
    }));
  }

  async function sendVote(ballot, reached) {
    let words;
    try {
      const response = await fetch("/api/tally", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ token: deviceToken(), round: ballot.round, reached }),
        cache: "no-store",
      });
      if (response.status === 204) words = "Sent. Tap again to change your answer.";
      else if (response.status === 409) words = "This round is closed.";
      else if (response.status === 429) words = "Too many changes; wait a moment and tap again.";
      else words = "Not counted (" + response.status + ").";
    } catch (error) {
      words = "Not sent: the room is out of reach. Tap again when it is back.";
    }
    setText("ballot-status", words);
  }

  /** The room's counts at the last step, as the projector shows them. */
  function drawTally(tally) {
    $("tally").hidden = !tally;
    if (!tally) return;
    setText("tally-title", "How far the pairs got · " + tally.conversation);
    $("tally-rows").replaceChildren(...tally.reached.map((count) => {
      const row = make("li");
      const bar = make("span", undefined, "tally-bar");
      const fill = make("span", undefined, "tally-fill");
      fill.style.width = (tally.voters ? (100 * count.pairs) / tally.voters : 0).toFixed(1) + "%";
      bar.append(fill);
      const pairs = tally.voters === 1 ? " pair" : " pairs";
      row.append(bar, make("span", count.act + ": " + count.pairs + " of " + tally.voters + pairs));
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
    button.textContent = other === "light" ? "Light" : "Dark";
    button.setAttribute("aria-label", "Switch to the " + other + " theme");
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
    setText("flash-headline", flash.headline);
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
      setText("sound", "No sound on this browser");
      return;
    }
    if (!audio) audio = new Context();
    soundOn = !soundOn;
    if (soundOn) {
      audio.resume();
      chime();
    }
    $("sound").setAttribute("aria-pressed", String(soundOn));
    setText("sound", soundOn ? "Sound on · tap to mute" : "Sound off · tap for sound");
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
    let text = "Live";
    if (!live) text = net.everLive ? "Reconnecting…" : "Connecting…";
    else if (net.polling) text = "Live · every 5 s";
    setText("status", text);
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
    return "Too many wrong PINs from this phone: wait " + (secs > 60 ? "a few minutes" : "a minute") + " and try again.";
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
      setText("pin-error", "The PIN has 6 digits; it is on the trainer's laptop.");
      return;
    }
    $("pin-submit").disabled = true;
    setText("pin-error", "Checking…");
    const { answer, secs } = await send("check", pin);
    $("pin-submit").disabled = false;
    if (answer === "sent") {
      keepPin(pin);
      $("pin").value = "";
      setText("pin-error", "");
      showTrainer();
    } else if (answer === "wrong") {
      setText("pin-error", "That PIN is not right. Check it on the trainer's laptop.");
      $("pin").select();
    } else if (answer === "wait") {
      setText("pin-error", waitWords(secs));
    } else {
      setText("pin-error", "No connection to the room; try again in a moment.");
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
        setText("pin-error", "The PIN changed: enter the one on the trainer's laptop.");
      } else if (answer === "wait") {
        setText("control-message", waitWords(secs));
      } else {
        setText("control-message", "Not sent: no connection to the room.");
      }
    });
  }

  function drawControls(view) {
    const label = { ready: "Start", running: "Pause", paused: "Resume", finished: "Finished" }[view.phase];
    const button = $("start-pause");
    setText("start-pause", label);
    button.disabled = view.phase === "finished";
  }

  // ---- Start, and what tests may read.

  window.oneOnOne = Object.freeze({
    serverNow,
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

  drawTheme();
  sync();
  connect();
  setInterval(watch, 1000);
})();
