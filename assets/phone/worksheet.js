// The participant's own worksheet, beside the live timer. Its fields come
// from GET /api/guide, as the app lays them out; what is typed is kept in
// this browser's localStorage at every keystroke and never sent anywhere:
// this script makes no request but the guide. The sheet leaves the phone
// only as files made here, in the app's own shapes: the worksheet file as
// src/worksheet/file.rs writes it, and the Markdown and the calendar event
// as src/worksheet/export.rs writes them, in the page's language with the
// app's own words for it (GET /api/words serves them, src/share/words.rs).
// The browser tests compare them with the app's, byte for byte, in English
// and in Spanish. The sheet is worded in the page's language too (phone.js's
// `word` and `say`), and follows it when it changes.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const { word, say } = window.oneOnOne;

  /** The attributes that word an element with `key`, now and whenever the
   * page's language changes. */
  function worded(key) {
    return { "data-word": key, text: word(key) };
  }

  /** A placeholder worded with `key`, now and at every change of language. */
  function hinted(key) {
    return { "data-word-placeholder": key, placeholder: word(key) };
  }

  /** The app's label and hint of each free-text field, by its key in the
   * file: TextField::label and hint. */
  const FIELD_WORDS = {
    shared_values: ["worksheet-label-shared-values", "worksheet-hint-shared-values"],
    shared_interests: ["worksheet-label-shared-interests", "worksheet-hint-shared-interests"],
    my_resources: ["worksheet-label-my-resources", "worksheet-hint-my-resources"],
    partner_resources: ["worksheet-label-partner-resources", "worksheet-hint-partner-resources"],
    feedback_received: ["worksheet-label-feedback-received", "worksheet-hint-feedback-received"],
    feedback_given: ["worksheet-label-feedback-given", "worksheet-hint-feedback-given"],
    notes: ["worksheet-label-notes", "worksheet-hint-notes"],
  };

  /** Whether the page has words for `key`: words stored by an older room
   * may lack the newer ones, and `word` then gives the key back. */
  function known(key) {
    return word(key) !== key;
  }

  /** A field's label in the page's language, or as the guide words it
   * when the page has no words for a field it does not know. */
  function fieldLabel(f) {
    const keys = FIELD_WORDS[f.key];
    return keys && known(keys[0]) ? word(keys[0]) : f.label;
  }

  /** The last guide heard, so the sheet opens when the server is gone. */
  const GUIDE_KEY = "oneOnOne.guide";
  /** One sheet per workshop format: "oneOnOne.worksheet." + its name. */
  const SHEET_KEY = "oneOnOne.worksheet.";
  /** Whether the sheet was open, so a reload comes back to it. */
  const OPEN_KEY = "oneOnOne.worksheetOpen";
  /** The days a worksheet may hold: FIRST_DAY and LAST_DAY in src/worksheet/mod.rs. */
  const FIRST_DAY = "1900-01-01";
  const LAST_DAY = "2199-12-31";
  /** The next meeting's length, in minutes, as the app's sheet bounds it. */
  const SHORTEST_MEETING = 5;
  const LONGEST_MEETING = 600;
  /** When a next meeting starts until another time is picked, as in the app. */
  const MEETING_TIME = "18:00";
  /** The app's worksheet splits its free-text fields here: what the pair
   * learned comes before the acts and the meeting, feedback and notes
   * after (TextField::ALL.split_at(4) in export.rs; the file's order too). */
  const LEARNED_FIELDS = 4;

  // ---- Keeping the sheet in this browser.

  let guide = null;
  /** The sheet in the app's shape (the file's field names), plus the
   * meeting's date and time as typed, which may be half filled in. */
  let record = null;

  function read(key) {
    try {
      return JSON.parse(localStorage.getItem(key));
    } catch (error) {
      return null;
    }
  }

  function sheetKey() {
    return SHEET_KEY + guide.workshop;
  }

  /** Writes the sheet now; says so on the sheet when the browser refuses
   * (storage full, or turned off in private browsing). */
  function keep() {
    let kept = true;
    try {
      localStorage.setItem(sheetKey(), JSON.stringify(record));
    } catch (error) {
      kept = false;
    }
    say($("ws-trouble"), kept ? null : "phone-page-ws-not-kept");
  }

  /** The guide from the room, or the last one heard when the room is away. */
  async function loadGuide() {
    try {
      const response = await fetch("/api/guide", { cache: "no-store" });
      if (!response.ok) throw new Error("the room answered " + response.status);
      const heard = await response.json();
      try {
        localStorage.setItem(GUIDE_KEY, JSON.stringify(heard));
      } catch (error) {
        // The sheet works without it while this page is open.
      }
      return heard;
    } catch (error) {
      return read(GUIDE_KEY);
    }
  }

  /** Today in this phone's time zone, as the app dates a new sheet. */
  function today() {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"))
      .join("-");
  }

  /** A blank sheet for the guide's workshop: Worksheet::blank. */
  function blank() {
    const sheet = { format: guide.format, workshop: guide.workshop, name: "", partner: "", date: today() };
    for (const field of guide.fields) sheet[field.key] = "";
    sheet.acts_reached = guide.acts.map((act) => ({ act, reached: false }));
    sheet.next_meeting = { when: null, minutes: guide.meeting_minutes, where: "", plan: "" };
    sheet.reflection = guide.reflection.map((question) => ({ question, answer: "" }));
    return { sheet, meeting: { date: "", time: "" } };
  }

  /** The stored sheet, or a blank one; a stored sheet gets the guide's
   * reflection questions it lacks, as add_missing_questions does. */
  function loadSheet() {
    const stored = read(sheetKey());
    if (!stored || typeof stored.sheet !== "object" || stored.sheet === null) return blank();
    const fresh = blank();
    const meeting = Object.assign(fresh.sheet.next_meeting, stored.sheet.next_meeting);
    const sheet = Object.assign(fresh.sheet, stored.sheet, { next_meeting: meeting });
    for (const question of guide.reflection) {
      if (!sheet.reflection.some((answer) => answer.question === question)) {
        sheet.reflection.push({ question, answer: "" });
      }
    }
    const typed = Object.assign(fresh.meeting, stored.meeting);
    if (!typed.date && meeting.when) {
      typed.date = meeting.when.slice(0, 10);
      typed.time = meeting.when.slice(11, 16);
    }
    return { sheet, meeting: typed };
  }

  // ---- The form, laid out as the app's worksheet panel lays it out.

  function make(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === "text") element.textContent = value;
      else element.setAttribute(name, value);
    }
    element.append(...children);
    return element;
  }

  let fieldCount = 0;

  /** A label and its control; `edit` takes the typed value at every
   * keystroke, and the sheet is kept right after. `label` is the label's
   * attributes: its text, or `worded` for the page's own words. */
  function field(label, control, edit, className) {
    const id = "ws-field-" + ++fieldCount;
    control.id = id;
    // "change" too: a date picker or a cleared field may only say that.
    for (const type of ["input", "change"]) {
      control.addEventListener(type, () => {
        edit(control.value);
        keep();
      });
    }
    return make("div", { class: className || "ws-field" }, make("label", Object.assign({ for: id }, label)), control);
  }

  /** A line of text; `label` and `hint` as `field` takes them, the hint's
   * as a placeholder's attributes. */
  function line(label, value, hint, edit) {
    const input = make("input", Object.assign({ type: "text", dir: "auto", autocomplete: "off" }, hint));
    input.value = value;
    return field(label, input, edit);
  }

  function paragraph(label, value, hint, edit) {
    const area = make("textarea", Object.assign({ dir: "auto", rows: "3" }, hint));
    area.value = value;
    return field(label, area, edit);
  }

  function dateInput(value) {
    const input = make("input", { type: "date", min: FIRST_DAY, max: LAST_DAY });
    input.value = value || "";
    return input;
  }

  /** A day the app reads: the browser may hand over a year past 9999. */
  function isDay(value) {
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && value >= FIRST_DAY && value <= LAST_DAY;
  }

  /** The meeting's `when` from its date and time: a time with no date
   * (or the other way round) is no meeting yet, only kept as typed. */
  function settleMeeting() {
    const { date, time } = record.meeting;
    record.sheet.next_meeting.when = isDay(date) && /^\d{2}:\d{2}/.test(time) ? date + "T" + time.slice(0, 5) + ":00" : null;
  }

  function whoAndWhen(sheet) {
    const date = dateInput(sheet.date);
    return make("div", { class: "ws-who" },
      line(worded("phone-page-ws-name"), sheet.name, hinted("phone-page-ws-name-hint"), (v) => (sheet.name = v)),
      line(worded("phone-page-ws-partner"), sheet.partner, hinted("phone-page-ws-partner-hint"),
        (v) => (sheet.partner = v)),
      field(worded("phone-page-ws-date"), date, (v) => {
        // A cleared date is no date; a day the app could not read is not taken.
        if (v === "") sheet.date = null;
        else if (isDay(v)) sheet.date = v;
      }, "ws-field ws-date"));
  }

  function textFields(sheet, fields) {
    return fields.map((f) => {
      const keys = FIELD_WORDS[f.key];
      const ours = keys && known(keys[0]) && known(keys[1]);
      const label = ours ? worded(keys[0]) : { text: f.label };
      const hint = ours ? hinted(keys[1]) : { placeholder: f.hint };
      return paragraph(label, sheet[f.key], hint, (v) => (sheet[f.key] = v));
    });
  }

  function actsReached(sheet) {
    const boxes = sheet.acts_reached.map((act) => {
      const box = make("input", { type: "checkbox", id: "ws-field-" + ++fieldCount });
      box.checked = act.reached;
      box.addEventListener("change", () => {
        act.reached = box.checked;
        keep();
      });
      return make("label", { class: "ws-act", for: box.id }, box, document.createTextNode(act.act));
    });
    return make("fieldset", { class: "ws-group" },
      make("legend", worded("phone-page-ws-acts")),
      make("p", Object.assign({ class: "ws-note" }, worded("phone-page-ws-acts-note"))),
      make("div", { class: "ws-acts" }, ...boxes));
  }

  function nextMeeting(sheet) {
    const meeting = sheet.next_meeting;
    const date = dateInput(record.meeting.date);
    const time = make("input", { type: "time" });
    time.value = record.meeting.time;
    const minutes = make("input", {
      type: "number", inputmode: "numeric",
      min: String(SHORTEST_MEETING), max: String(LONGEST_MEETING), step: "5",
    });
    minutes.value = String(meeting.minutes);
    const whenRow = make("div", { class: "ws-when" },
      field(worded("phone-page-ws-day"), date, (v) => {
        record.meeting.date = v;
        // A day picked comes with the app's time, which is easy to change.
        if (v && !record.meeting.time) time.value = record.meeting.time = MEETING_TIME;
        settleMeeting();
      }),
      field(worded("phone-page-ws-time"), time, (v) => {
        record.meeting.time = v;
        settleMeeting();
      }),
      field(worded("phone-page-ws-minutes"), minutes, (v) => {
        const typed = Number(v);
        if (Number.isInteger(typed) && typed >= SHORTEST_MEETING && typed <= LONGEST_MEETING) {
          meeting.minutes = typed;
        }
      }));
    // What was typed halfway ("4" on the way to "45") is shown until the
    // field is left, then the length the sheet holds.
    minutes.addEventListener("change", () => (minutes.value = String(meeting.minutes)));
    return make("fieldset", { class: "ws-group" },
      make("legend", worded("phone-page-ws-meeting")),
      make("p", Object.assign({ class: "ws-note" }, worded("phone-page-ws-meeting-note"))),
      whenRow,
      line(worded("phone-page-ws-where"), meeting.where, hinted("phone-page-ws-where-hint"),
        (v) => (meeting.where = v)),
      paragraph(worded("phone-page-ws-plan"), meeting.plan, hinted("phone-page-ws-plan-hint"),
        (v) => (meeting.plan = v)));
  }

  function reflection(sheet) {
    if (!sheet.reflection.length) return [];
    return [
      make("h3", worded("phone-page-ws-reflection")),
      make("p", Object.assign({ class: "ws-note" }, worded("phone-page-ws-reflection-note"))),
      ...sheet.reflection.map((a) =>
        paragraph({ text: a.question }, a.answer, hinted("phone-page-ws-answer"), (v) => (a.answer = v))),
    ];
  }

  /** The three files to take away, each a link made at the moment it is
   * tapped, so it holds what is on the sheet then. */
  function takeAway() {
    const message = make("p", { id: "ws-take-message", class: "ws-note", role: "status" });
    const links = [
      ["phone-page-ws-file", "ron", worksheetFile],
      ["phone-page-ws-markdown", "md", markdownFile],
      ["phone-page-ws-calendar", "ics", calendarFile],
    ].map(([key, extension, file]) => {
      const link = make("a", Object.assign({ class: "ws-download", href: "#", id: "ws-download-" + extension }, worded(key)));
      link.addEventListener("click", (event) => {
        const made = file(record.sheet);
        if (made.problem) {
          event.preventDefault();
          say(message, made.problem);
          return;
        }
        URL.revokeObjectURL(link.href);
        link.href = URL.createObjectURL(new Blob([made.text], { type: made.type }));
        link.download = stem(record.sheet) + "." + extension;
        say(message, null);
      });
      return link;
    });
    return make("div", { class: "ws-take" },
      make("h3", worded("phone-page-ws-take")),
      make("p", Object.assign({ class: "ws-note" }, worded("phone-page-ws-take-note"))),
      make("div", { class: "ws-downloads" }, ...links),
      message);
  }

  function drawSheet() {
    const sheet = record.sheet;
    const learned = guide.fields.slice(0, LEARNED_FIELDS);
    const afterwards = guide.fields.slice(LEARNED_FIELDS);
    $("ws-body").replaceChildren(
      whoAndWhen(sheet),
      ...textFields(sheet, learned),
      actsReached(sheet),
      nextMeeting(sheet),
      ...textFields(sheet, afterwards),
      ...reflection(sheet),
      takeAway());
  }

  /** The sheet's frame, which stands before the guide has come. */
  function drawFrame() {
    const close = make("button", Object.assign({ type: "button", class: "quiet", id: "worksheet-close" }, worded("phone-page-ws-close")));
    close.addEventListener("click", () => show(false));
    $("worksheet").replaceChildren(
      make("div", { class: "ws-head" }, make("h2", Object.assign({ id: "worksheet-title" }, worded("phone-page-worksheet"))), close),
      make("p", Object.assign({ class: "ws-private" }, worded("phone-page-ws-private"))),
      make("p", { id: "ws-trouble", class: "error", role: "alert" }),
      make("div", { id: "ws-body" }, make("p", Object.assign({ class: "ws-note" }, worded("phone-page-ws-waiting")))));
  }

  // ---- Opening and closing, beside the timer.

  function show(open) {
    document.body.classList.toggle("worksheet-open", open);
    $("worksheet").hidden = !open;
    $("worksheet-open").setAttribute("aria-expanded", String(open));
    try {
      if (open) sessionStorage.setItem(OPEN_KEY, "1");
      else sessionStorage.removeItem(OPEN_KEY);
    } catch (error) {
      // Only the reopening after a reload is lost.
    }
    placeUnderBar();
    // The countdown was hidden on a phone: let the page fit its digits again.
    window.dispatchEvent(new Event("resize"));
    if (open && !matchMedia("(min-width: 50rem)").matches) window.scrollTo(0, 0);
  }

  /** The sheet's own heading stays just under the top bar, whose height
   * depends on the font and on whether the small clock shows. */
  function placeUnderBar() {
    const bar = document.querySelector(".top");
    if (bar) document.documentElement.style.setProperty("--worksheet-top", bar.offsetHeight + "px");
  }

  if (window.ResizeObserver) new ResizeObserver(placeUnderBar).observe(document.querySelector(".top"));

  $("worksheet-open").addEventListener("click", () => show($("worksheet").hidden));

  // ---- Words as the app composes them (src/markdown.rs, export.rs,
  // src/i18n/dates.rs), in the page's language at the moment of the tap.

  /** The message `id` for `number`, as Fluent selects it: the room serves
   * a message that selects on a number once per number that has its own
   * words, as "id[number]", and as "id" for every other. */
  function choose(id, number, args) {
    const form = id + "[" + number + "]";
    const said = word(form, args);
    return said !== form ? said : word(id, args);
  }

  /** export::not_filled_in. */
  function notFilledIn() {
    return "_(" + word("worksheet-not-filled-in") + ")_";
  }
  /** Rust's char::is_control: the C0 and C1 controls. */
  const CONTROL = /\p{Cc}/u;
  const BLOCK_MARKERS = "#>-+*=_`~|<[";

  function trimSpace(text) {
    return text.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, "");
  }

  /** Text on one line: markdown::inline. */
  function inline(text) {
    const spaced = Array.from(text, (c) => (CONTROL.test(c) ? " " : c)).join("");
    return spaced.split(/\p{White_Space}+/u).filter((word) => word !== "").join(" ");
  }

  /** markdown::escape_line_start. */
  function escapeLineStart(line) {
    if (BLOCK_MARKERS.includes(line[0])) return "\\" + line;
    return line.replace(/^(\d+)([.)])/, "$1\\$2");
  }

  /** markdown::paragraphs. */
  function paragraphs(text) {
    const found = [[]];
    for (const raw of text.replace(/\r\n/g, "\n").replace(/\r/g, "\n").split("\n")) {
      const line = trimSpace(Array.from(raw).filter((c) => c === "\t" || !CONTROL.test(c)).join(""));
      if (line === "") {
        if (found[found.length - 1].length) found.push([]);
        continue;
      }
      found[found.length - 1].push(escapeLineStart(line));
    }
    return found.filter((p) => p.length).map((p) => p.join("  \n")).join("\n\n");
  }

  function block(text) {
    return trimSpace(text) === "" ? notFilledIn() : paragraphs(text);
  }

  /** dates::long_date of "2026-11-23": "Monday 23 November 2026",
   * "lunes 23 de noviembre de 2026". */
  function longDay(day) {
    const [y, m, d] = day.split("-").map(Number);
    // Monday is 1, as chrono's number_from_monday.
    const weekday = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
    return word("date-long", {
      weekday: choose("date-weekday-long", weekday),
      day: d,
      month: choose("date-month-long", m),
      year: y,
    });
  }

  /** export::meeting_time: "Tuesday 1 December 2026, 18:30, for 45 minutes". */
  function meetingTime(when, minutes) {
    const day = longDay(when.slice(0, 10));
    return choose("worksheet-meeting-time", minutes, { day, time: when.slice(11, 16), minutes });
  }

  // ---- The files.

  /** names::slug. */
  function slug(text) {
    let out = "";
    for (const c of text) {
      if (/[\p{Alphabetic}\p{N}]/u.test(c)) out += c.toLowerCase();
      else if (out !== "" && !out.endsWith("-")) out += "-";
    }
    return out.replace(/-+$/, "");
  }

  /** names::stem: "maria-and-sam-2026-11-23", "maria-con-sam-2026-11-23".
   * The catalogue's words are slugs already. */
  function stem(sheet) {
    const a = slug(sheet.name);
    const b = slug(sheet.partner);
    let people;
    if (a && b) people = word("worksheet-file-stem-both", { name: a, partner: b });
    else if (a) people = a;
    else if (b) people = word("worksheet-file-stem-partner", { partner: b });
    else people = word("worksheet-file-stem");
    const room = 60 - (sheet.date ? sheet.date.length + 1 : 0);
    people = Array.from(people).slice(0, room).join("").replace(/-+$/, "");
    const name = sheet.date ? people + "-" + sheet.date : people;
    const reserved = /^(con|prn|aux|nul|(com|lpt)[0-9¹²³])$/u.test(name);
    return reserved ? word("worksheet-file-stem") + "-" + name : name;
  }

  /** A string as ron writes it with escape_strings(false): as typed, in a
   * raw string when it holds a quote or a backslash. */
  function ronString(text) {
    if (!/["\\]/.test(text)) return '"' + text + '"';
    const longest = (text.match(/#+/g) || []).reduce((most, run) => Math.max(most, run.length), 0);
    const hashes = "#".repeat(longest + 1);
    return "r" + hashes + '"' + text + '"' + hashes;
  }

  function ronOptional(text) {
    return text === null ? "None" : ronString(text);
  }

  /** A list of named structs, as ron's pretty printer lays it out. */
  function ronList(items, name, fields) {
    if (!items.length) return "[]";
    const entries = items.map((item) =>
      "        " + name + "(\n" + fields.map(([key, value]) => "            " + key + ": " + value(item) + ",\n").join("") + "        ),\n");
    return "[\n" + entries.join("") + "    ]";
  }

  /** The worksheet file: worksheet::to_text. */
  function worksheetFile(sheet) {
    const meeting = sheet.next_meeting;
    const text = (key) => [key, ronString(sheet[key])];
    const parts = [
      ["format", String(sheet.format)],
      ["workshop", ronString(sheet.workshop)],
      ["name", ronString(sheet.name)],
      ["partner", ronString(sheet.partner)],
      ["date", ronOptional(sheet.date)],
      ...guide.fields.slice(0, LEARNED_FIELDS).map((f) => text(f.key)),
      ["acts_reached", ronList(sheet.acts_reached, "ActReached",
        [["act", (a) => ronString(a.act)], ["reached", (a) => String(a.reached)]])],
      ["next_meeting", "NextMeeting(\n" +
        "        when: " + ronOptional(meeting.when) + ",\n" +
        "        minutes: " + meeting.minutes + ",\n" +
        "        where: " + ronString(meeting.where) + ",\n" +
        "        plan: " + ronString(meeting.plan) + ",\n" +
        "    )"],
      ...guide.fields.slice(LEARNED_FIELDS).map((f) => text(f.key)),
      ["reflection", ronList(sheet.reflection, "Answer",
        [["question", (a) => ronString(a.question)], ["answer", (a) => ronString(a.answer)]])],
    ];
    return {
      type: "application/octet-stream",
      text: '// A one-on-one worksheet. See README.md, "Worksheets", for the format.\n' +
        "#![enable(implicit_some)]\n" +
        "Worksheet(\n" + parts.map(([key, value]) => "    " + key + ": " + value + ",\n").join("") + ")\n",
    };
  }

  /** The Markdown: export::markdown. */
  function markdownFile(sheet) {
    let out = "";
    const name = inline(sheet.name);
    const partner = inline(sheet.partner);
    let title;
    if (name && partner) title = word("worksheet-md-title-both", { name, partner });
    else if (name) title = word("worksheet-md-title-name", { name });
    else if (partner) title = word("worksheet-md-title-partner", { partner });
    else title = word("worksheet-md-title");
    out += "# " + title + "\n\n";

    const label = (key) => "**" + word(key) + ":**";
    const context = [];
    if (sheet.date) context.push(label("worksheet-md-date") + " " + longDay(sheet.date));
    const workshop = inline(sheet.workshop);
    if (workshop) context.push(label("worksheet-md-workshop") + " " + workshop);
    if (context.length) out += context.join("  \n") + "\n\n";

    const section = (f) => "## " + fieldLabel(f) + "\n\n" + block(sheet[f.key]) + "\n\n";
    out += guide.fields.slice(0, LEARNED_FIELDS).map(section).join("");

    out += "## " + word("worksheet-md-acts-reached") + "\n\n";
    if (!sheet.acts_reached.length) out += notFilledIn() + "\n";
    for (const act of sheet.acts_reached) out += "- [" + (act.reached ? "x" : " ") + "] " + inline(act.act) + "\n";
    out += "\n";

    const meeting = sheet.next_meeting;
    out += "## " + word("worksheet-md-next-meeting") + "\n\n";
    out += label("worksheet-md-when") + " " +
      (meeting.when ? meetingTime(meeting.when, meeting.minutes) : notFilledIn()) + "  \n";
    out += label("worksheet-md-where") + " " + (inline(meeting.where) || notFilledIn()) + "\n\n";
    out += label("worksheet-md-plan") + "\n\n" + block(meeting.plan) + "\n\n";

    out += guide.fields.slice(LEARNED_FIELDS).map(section).join("");

    out += "## " + word("worksheet-md-reflection") + "\n";
    if (!sheet.reflection.length) out += "\n" + notFilledIn() + "\n";
    for (const answer of sheet.reflection) {
      out += "\n### " + inline(answer.question) + "\n\n" + block(answer.answer) + "\n";
    }
    return { type: "text/markdown;charset=utf-8", text: out };
  }

  /** The next meeting as an iCalendar event: export::ics, its wall-clock
   * time read in this phone's time zone. */
  function calendarFile(sheet) {
    const meeting = sheet.next_meeting;
    if (!meeting.when) {
      return { problem: "phone-page-ws-no-meeting" };
    }
    const [y, mo, d, h, mi] = meeting.when.split(/[-T:]/).map(Number);
    const length = Math.max(1, meeting.minutes) * 60000;
    const local = new Date(y, mo - 1, d, h, mi);
    // A time the zone skips (the hour clocks jump at) stays "floating":
    // calendars show it at that time wherever they are, as the app does.
    const exists = local.getFullYear() === y && local.getMonth() === mo - 1 && local.getDate() === d &&
      local.getHours() === h && local.getMinutes() === mi;
    let start;
    let end;
    if (exists) {
      start = utcTime(local);
      end = utcTime(new Date(local.getTime() + length));
    } else {
      const naive = Date.UTC(y, mo - 1, d, h, mi);
      start = floatingTime(new Date(naive));
      end = floatingTime(new Date(naive + length));
    }
    const lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//one-on-one//worksheet//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      "UID:" + uid(sheet, meeting.when),
      "DTSTAMP:" + utcTime(new Date()),
      "DTSTART:" + start,
      "DTEND:" + end,
      "SUMMARY:" + escapeText(summary(sheet)),
    ];
    if (trimSpace(meeting.where)) lines.push("LOCATION:" + escapeText(meeting.where));
    if (trimSpace(meeting.plan)) lines.push("DESCRIPTION:" + escapeText(meeting.plan));
    lines.push("END:VEVENT", "END:VCALENDAR");
    return { type: "text/calendar;charset=utf-8", text: lines.map((l) => fold(l) + "\r\n").join("") };
  }

  function summary(sheet) {
    const name = inline(sheet.name);
    const partner = inline(sheet.partner);
    if (name && partner) return word("worksheet-event-both", { name, partner });
    if (name) return word("worksheet-event-name", { name });
    if (partner) return word("worksheet-event-partner", { partner });
    return word("worksheet-event");
  }

  /** export::uid: a 64-bit FNV-1a of the people, the day and the meeting,
   * so the phone's event and the app's are the same event. */
  function uid(sheet, when) {
    const mask = (1n << 64n) - 1n;
    let hash = 0xcbf29ce484222325n;
    const encoder = new TextEncoder();
    for (const part of [sheet.name, sheet.partner, sheet.date || "", when]) {
      for (const byte of [...encoder.encode(part), 0x1f]) {
        hash ^= BigInt(byte);
        hash = (hash * 0x100000001b3n) & mask;
      }
    }
    return hash.toString(16).padStart(16, "0") + "@one-on-one.local";
  }

  function two(n) {
    return String(n).padStart(2, "0");
  }

  function utcTime(t) {
    return floatingTime(t) + "Z";
  }

  /** "%Y%m%dT%H%M%S" of the instant's UTC fields. */
  function floatingTime(t) {
    return String(t.getUTCFullYear()).padStart(4, "0") + two(t.getUTCMonth() + 1) + two(t.getUTCDate()) +
      "T" + two(t.getUTCHours()) + two(t.getUTCMinutes()) + two(t.getUTCSeconds());
  }

  /** export::escape_text: RFC 5545's TEXT. */
  function escapeText(text) {
    let out = "";
    for (const c of text.replace(/\r\n/g, "\n").replace(/\r/g, "\n")) {
      if (c === "\\") out += "\\\\";
      else if (c === ";") out += "\\;";
      else if (c === ",") out += "\\,";
      else if (c === "\n") out += "\\n";
      else if (c === "\t" || !CONTROL.test(c)) out += c;
    }
    return out;
  }

  /** export::fold: lines of at most 75 octets, cut between characters. */
  function fold(line) {
    let out = "";
    let used = 0;
    for (const c of line) {
      const code = c.codePointAt(0);
      const octets = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      if (used + octets > 75) {
        out += "\r\n ";
        used = 1;
      }
      out += c;
      used += octets;
    }
    return out;
  }

  // ---- Start, once the page's words are there.

  let wasOpen = false;
  try {
    wasOpen = sessionStorage.getItem(OPEN_KEY) === "1";
  } catch (error) {
    // Opens closed.
  }
  window.oneOnOne.ready.then(() => {
    drawFrame();
    show(wasOpen);
    return loadGuide();
  }).then((heard) => {
    if (!heard) return;
    guide = heard;
    record = loadSheet();
    settleMeeting();
    drawSheet();
  });

  // The same sheet open in another tab was written there: show that, or
  // the next keystroke here would write over it.
  window.addEventListener("storage", (event) => {
    if (!guide || event.key !== sheetKey()) return;
    record = loadSheet();
    settleMeeting();
    drawSheet();
  });
})();
