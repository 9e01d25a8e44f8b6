/*
 * The article change form's editor: one language switch for the whole form
 * (in place of a strip of language tabs on every field, which took seconds
 * to draw for a long article), the other languages' text beside the one
 * being written, sections moved by
 * drag and drop or by their "Move up" and "Move down" buttons, sections
 * collapsed one by one or all at once, a toolbar over each body that writes
 * its markup (articles/markup.py), and a warning before leaving the form with
 * unsaved changes.
 *
 * A file, served as the admin's Media: the Content-Security-Policy allows no
 * inline script. Its strings come from the JavaScript catalog (djangojs.po),
 * which the admin's jsi18n view serves before this file. The form works
 * without it: positions are numbers, and a new section goes last on the
 * server too (articles/admin/sections.py).
 */
"use strict";
(function () {
  const $ = window.django && window.django.jQuery;
  const t = window.gettext || ((text) => text);
  const fill = (text, values) => values.reduce((done, value) => done.replace("%s", value), text);
  const KEY = "newsroom.editor.";
  // Past this many sections the form opens with them collapsed (but any with an error).
  const COLLAPSE_FROM = 12;

  function stored(name) {
    try {
      return window.localStorage.getItem(KEY + name);
    } catch (error) {
      return null; // storage refused (private mode): remember nothing
    }
  }

  function store(name, value) {
    try {
      window.localStorage.setItem(KEY + name, value);
    } catch (error) {
      /* storage refused: the choice holds for this page only */
    }
  }

  function make(tag, attributes, text) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
    if (text) element.textContent = text;
    return element;
  }

  function changed(element) {
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }

  /* --- the language switch ------------------------------------------------ */

  // Each translated field's row is marked with its language ("title_en" → "en"), the empty
  // section form's too, so that the forms Django copies from it are marked already.
  function markLanguages(form) {
    form.querySelectorAll(".mt").forEach((field) => {
      const match = /(?:^|\s)mt-field-\S+-([a-z]{2})(?:\s|$)/.exec(field.className);
      // A tabular inline's row is a table row holding every language: left as it is.
      const row = match && !field.closest(".tabular") && field.closest(".form-row");
      if (row) row.dataset.language = match[1];
    });
  }

  function LanguageSwitch(bar, form) {
    this.bar = bar;
    this.form = form;
    this.select = bar.querySelector("select[data-editor-language]");
    this.beside = bar.querySelector("input[data-editor-beside]");
    this.article = bar.dataset.article || "";
    this.source = bar.dataset.source || "";
    this.editable = (bar.dataset.editable || "").split(" ").filter(Boolean);
  }

  LanguageSwitch.prototype.first = function () {
    const known = Array.from(this.select.options).map((option) => option.value);
    const fits = (code) => code && known.includes(code) && (!this.editable.length || this.editable.includes(code));
    const sourceField = this.form.querySelector("select[name=source_language]");
    const candidates = this.article
      ? [stored("article." + this.article), this.source, stored("language")]
      : [stored("language"), sourceField && sourceField.value];
    return candidates.find(fits) || this.editable.find(fits) || known[0];
  };

  LanguageSwitch.prototype.start = function () {
    markLanguages(this.form);
    this.select.value = this.first();
    this.apply(this.select.value);
    this.select.addEventListener("change", () => this.choose(this.select.value));
    const sourceField = this.form.querySelector("select[name=source_language]");
    if (sourceField && !this.article) {
      sourceField.addEventListener("change", () => this.choose(sourceField.value));
    }
    if (this.beside) {
      this.beside.checked = stored("beside") === "1";
      this.beside.addEventListener("change", () => {
        store("beside", this.beside.checked ? "1" : "0");
        this.showBeside();
      });
    }
    this.showBeside();
  };

  LanguageSwitch.prototype.choose = function (code) {
    this.select.value = code;
    store("language", code);
    if (this.article) store("article." + this.article, code);
    this.apply(code);
  };

  // One attribute for the whole form: the stylesheet shows the rows of that language only
  // (and any row with an error), however many sections there are.
  LanguageSwitch.prototype.apply = function (code) {
    this.form.dataset.language = code;
    this.showBeside();
  };

  // The text of field `base` (e.g. "sections-3-body") in `code`: from its input, or from its read-only line.
  LanguageSwitch.prototype.textOf = function (base, code) {
    const input = this.form.elements.namedItem(base + "_" + code);
    if (input && "value" in input) return input.value;
    const dash = base.lastIndexOf("-");
    const scope = dash >= 0 ? document.getElementById(base.slice(0, dash)) : this.form;
    const readonly = scope && scope.querySelector(".field-" + base.slice(dash + 1) + "_" + code + " .readonly");
    return readonly ? readonly.textContent.trim() : "";
  };

  LanguageSwitch.prototype.showBeside = function (within) {
    const on = Boolean(this.beside && this.beside.checked);
    const code = this.select.value;
    this.form.classList.toggle("editor--beside", on);
    (within || this.form).querySelectorAll(".editor-beside").forEach((panel) => panel.remove());
    if (!on) return;
    (within || this.form).querySelectorAll(".form-row[data-language='" + code + "']").forEach((row) => {
      if (row.closest(".empty-form")) return;
      const field = row.querySelector(".mt");
      const match = field && /^(.*)_([a-z]{2})$/.exec(field.name || "");
      if (!match) return;
      const panel = make("div", { class: "editor-beside" });
      Array.from(this.select.options).forEach((option) => {
        if (option.value === code) return;
        const text = this.textOf(match[1], option.value);
        const entry = make("div", { class: "editor-beside__entry", lang: option.value });
        entry.appendChild(make("span", { class: "editor-beside__language" }, option.textContent));
        entry.appendChild(make("div", { class: "editor-beside__text" }, text || t("(no text yet)")));
        if (!text) entry.classList.add("editor-beside__entry--empty");
        panel.appendChild(entry);
      });
      row.appendChild(panel);
    });
  };

  /* --- sections: order and collapsing -------------------------------------- */

  function Sections(group, languages) {
    this.group = group;
    this.languages = languages;
    this.prefix = group.id.replace(/-group$/, "");
  }

  Sections.prototype.rows = function () {
    return Array.from(this.group.querySelectorAll(".inline-related:not(.empty-form)"));
  };

  Sections.prototype.positionOf = function (row) {
    return row.querySelector("input[name$='-position']");
  };

  Sections.prototype.start = function () {
    const rows = this.rows();
    // The empty form counts too: a new article has no section yet, and the ones
    // added to it are dragged like any other.
    const template = this.group.querySelector(".inline-related.empty-form");
    this.sortable = [...rows, ...(template ? [template] : [])].some((row) => this.positionOf(row));
    this.group.classList.toggle("sections--sortable", this.sortable);
    const tools = make("div", { class: "sections-tools" });
    const collapse = make("button", { type: "button", class: "button" }, t("Collapse all sections"));
    const expand = make("button", { type: "button", class: "button" }, t("Expand all sections"));
    collapse.addEventListener("click", () => this.rows().forEach((row) => this.collapse(row, true)));
    expand.addEventListener("click", () => this.rows().forEach((row) => this.collapse(row, false)));
    tools.append(collapse, expand);
    const heading = this.group.querySelector("h2");
    (heading || this.group.firstChild).after(tools);
    rows.forEach((row) => this.prepare(row));
    if (rows.length > COLLAPSE_FROM) {
      rows.forEach((row) => this.collapse(row, !row.querySelector(".errorlist, .errors")));
    }
    this.group.addEventListener("formset:added", (event) => this.added(event.target));
    // Django renames the forms after a new one is removed, counting them in the page's
    // order: put them back in the order of their names first, so that each keeps its own.
    this.group.addEventListener("click", (event) => {
      if (event.target.closest(".inline-deletelink")) this.sortByName();
    }, true);
    document.addEventListener("formset:removed", () => window.setTimeout(() => this.sortByPosition(), 0));
    this.dragging();
  };

  Sections.prototype.prepare = function (row) {
    const title = row.querySelector("h3");
    if (!title || title.querySelector(".section-controls")) return;
    const controls = make("span", { class: "section-controls" });
    const toggle = make("button", { type: "button", class: "section-toggle", "aria-expanded": "true" }, t("Collapse"));
    toggle.addEventListener("click", () => this.collapse(row, !row.classList.contains("section--collapsed")));
    controls.appendChild(toggle);
    if (this.positionOf(row)) {
      // Only the handle drags: text can still be selected anywhere else in the section.
      const handle = make("span", { class: "section-handle", title: t("Drag to move this section"), "aria-hidden": "true", draggable: "true" }, "⠿");
      const up = make("button", { type: "button", class: "section-move", "data-move": "up" }, t("Move up"));
      const down = make("button", { type: "button", class: "section-move", "data-move": "down" }, t("Move down"));
      up.addEventListener("click", () => this.move(row, -1, up));
      down.addEventListener("click", () => this.move(row, 1, down));
      title.prepend(handle);
      controls.append(up, down);
    }
    title.appendChild(controls);
    this.toolbars(row);
    // A collapsed section is known by its title: a new one takes its heading as it is typed.
    const label = title.querySelector(".inline_label");
    if (label && !row.classList.contains("has_original")) {
      row.addEventListener("input", (event) => {
        if (/-heading_[a-z]{2}$/.test(event.target.name || "") && event.target.value.trim()) {
          label.textContent = event.target.value.trim();
        }
      });
    }
  };

  Sections.prototype.added = function (row) {
    // Its place stays empty, as the server reads "after the last one", until the sections are
    // reordered: a place written now would make an untouched new form a section to save. Its rows
    // are marked with their languages already: they are copied from the empty form.
    this.prepare(row);
    this.languages.showBeside(row);
  };

  Sections.prototype.collapse = function (row, collapsed) {
    row.classList.toggle("section--collapsed", collapsed);
    const toggle = row.querySelector(".section-toggle");
    if (toggle) {
      toggle.setAttribute("aria-expanded", collapsed ? "false" : "true");
      toggle.textContent = collapsed ? t("Expand") : t("Collapse");
    }
  };

  Sections.prototype.renumber = function () {
    this.rows().forEach((row, index) => {
      const position = this.positionOf(row);
      if (position && position.value !== String(index + 1)) {
        position.value = String(index + 1);
        changed(position);
      }
    });
  };

  Sections.prototype.move = function (row, step, focus) {
    const rows = this.rows();
    const index = rows.indexOf(row);
    const other = rows[index + step];
    if (!other) return;
    if (step < 0) other.before(row);
    else other.after(row);
    this.renumber();
    if (focus) focus.focus();
    this.announce(row);
  };

  Sections.prototype.announce = function (row) {
    const place = this.rows().indexOf(row) + 1;
    const live = this.live || (this.live = this.group.appendChild(make("div", { class: "visually-hidden", "aria-live": "polite" })));
    live.textContent = fill(t("Section moved to place %s of %s."), [place, this.rows().length]);
  };

  Sections.prototype.sortBy = function (key) {
    const rows = this.rows();
    const last = this.group.querySelector(".empty-form") || null;
    rows
      .map((row, index) => [key(row), index, row])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .forEach(([, , row]) => (last ? last.before(row) : row.parentNode.appendChild(row)));
  };

  Sections.prototype.sortByName = function () {
    this.sortBy((row) => parseInt(row.id.slice(this.prefix.length + 1), 10) || 0);
  };

  Sections.prototype.sortByPosition = function () {
    this.sortBy((row) => parseInt((this.positionOf(row) || {}).value, 10) || Number.MAX_SAFE_INTEGER);
  };

  Sections.prototype.dragging = function () {
    if (!this.sortable) return;
    let dragged = null;
    this.group.addEventListener("dragstart", (event) => {
      const handle = event.target.closest && event.target.closest(".section-handle");
      dragged = handle && handle.closest(".inline-related");
      if (!dragged) return;
      dragged.classList.add("section--dragged");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", dragged.id);
      event.dataTransfer.setDragImage(dragged, 16, 16);
    });
    this.group.addEventListener("dragover", (event) => {
      const over = dragged && event.target.closest(".inline-related:not(.empty-form)");
      if (!over) return;
      event.preventDefault();
      if (over === dragged) return;
      const box = over.getBoundingClientRect();
      if (event.clientY < box.top + box.height / 2) over.before(dragged);
      else over.after(dragged);
    });
    this.group.addEventListener("drop", (event) => {
      if (dragged) event.preventDefault();
    });
    this.group.addEventListener("dragend", () => {
      if (!dragged) return;
      dragged.classList.remove("section--dragged");
      this.renumber();
      this.announce(dragged);
      dragged = null;
    });
  };

  /* --- the markup toolbar ---------------------------------------------------- */

  const BUTTONS = [
    ["bold", () => t("Bold"), "B"],
    ["italic", () => t("Italic"), "I"],
    ["link", () => t("Link"), "🔗"],
    ["bullets", () => t("Bulleted list"), "•"],
    ["numbers", () => t("Numbered list"), "1."],
    ["quote", () => t("Quote"), "❝"],
  ];

  function wrap(area, before, after, placeholder) {
    const start = area.selectionStart;
    const end = area.selectionEnd;
    const text = area.value.slice(start, end) || placeholder;
    area.setRangeText(before + text + after, start, end, "end");
    area.setSelectionRange(start + before.length, start + before.length + text.length);
  }

  function link(area) {
    const start = area.selectionStart;
    const end = area.selectionEnd;
    const text = area.value.slice(start, end) || t("link text");
    const url = "https://";
    area.setRangeText("[" + text + "](" + url + ")", start, end, "end");
    const at = start + text.length + 3;
    area.setSelectionRange(at, at + url.length);
  }

  // Each line of the selection made a list item or a quote line, on a paragraph of its own; again, undone.
  function lines(area, kind) {
    const value = area.value;
    const start = value.lastIndexOf("\n", area.selectionStart - 1) + 1;
    let end = value.indexOf("\n", Math.max(area.selectionEnd - (area.selectionEnd > start && value[area.selectionEnd - 1] === "\n" ? 1 : 0), start));
    if (end < 0) end = value.length;
    const marks = { bullets: /^- /, numbers: /^\d+\. /, quote: /^> ?/ };
    const selected = value.slice(start, end).split("\n");
    const undo = selected.every((line) => marks[kind].test(line));
    let number = 0;
    const written = selected.map((line) => {
      if (undo) return line.replace(marks[kind], "");
      const bare = line.replace(/^(- |\d+\. |> ?)/, "");
      if (kind === "bullets") return "- " + bare;
      if (kind === "quote") return "> " + bare;
      number += 1;
      return number + ". " + bare;
    });
    // A list or a quote starts a block: a blank line before it, after text.
    const blank = !undo && start > 1 && value[start - 2] !== "\n" ? "\n" : "";
    const text = blank + written.join("\n");
    area.setRangeText(text, start, end, "end");
    area.setSelectionRange(start + blank.length, start + text.length);
  }

  function write(area, kind) {
    area.focus();
    if (kind === "bold") wrap(area, "**", "**", t("bold text"));
    else if (kind === "italic") wrap(area, "*", "*", t("italic text"));
    else if (kind === "link") link(area);
    else lines(area, kind);
    changed(area);
  }

  function toolbar(area) {
    if (area.dataset.toolbar) return;
    area.dataset.toolbar = "1";
    const bar = make("div", { class: "markup-toolbar", role: "toolbar", "aria-label": t("Formatting"), "aria-controls": area.id });
    BUTTONS.forEach(([kind, label, sign]) => {
      // The sign is an icon drawn by the stylesheet (editor.css), not text: the button's name is its label,
      // which is what a screen reader says and what speech input answers to ("1." is no name for a list).
      const button = make("button", { type: "button", class: "markup-toolbar__button markup-toolbar__" + kind, title: label(), "aria-label": label(), "data-sign": sign });
      // Keep the selection in the text: a click would take the focus first.
      button.addEventListener("mousedown", (event) => event.preventDefault());
      button.addEventListener("click", () => write(area, kind));
      bar.appendChild(button);
    });
    area.before(bar);
    area.addEventListener("keydown", (event) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const kind = { b: "bold", i: "italic", k: "link" }[event.key.toLowerCase()];
      if (kind) {
        event.preventDefault();
        write(area, kind);
      }
    });
  }

  Sections.prototype.toolbars = function (row) {
    row.querySelectorAll("textarea[name*='-body_']").forEach(toolbar);
  };

  /* --- unsaved changes -------------------------------------------------------- */

  function guard(form, bar) {
    let dirty = false;
    const mark = (event) => {
      if (!bar.contains(event.target)) dirty = true;
    };
    form.addEventListener("input", mark);
    form.addEventListener("change", mark);
    form.addEventListener("submit", () => {
      dirty = false;
    });
    window.addEventListener("beforeunload", (event) => {
      if (!dirty) return;
      event.preventDefault();
      event.returnValue = ""; // older browsers need it set to ask
    });
  }

  /* --- start -------------------------------------------------------------------- */

  function start() {
    const bar = document.getElementById("article-editor");
    const form = bar && bar.closest("form");
    if (!form) return;
    bar.hidden = false;
    form.classList.add("editor-js");
    const languages = new LanguageSwitch(bar, form);
    languages.start();
    document.querySelectorAll(".inline-group[id$='-group']").forEach((group) => {
      // The sections' group: the one whose forms have a body; not any other inline of the form.
      if (group.querySelector("textarea[name*='-body_'], .field-body_hy")) new Sections(group, languages).start();
    });
    guard(form, bar);
    // How long a long article's form takes to become usable (tests/browser measure it).
    if (window.performance && performance.mark) performance.mark("article-editor-ready");
  }

  // After Django's inlines, which are set up when the page is ready.
  if ($) $(() => window.setTimeout(start, 0));
  else document.addEventListener("DOMContentLoaded", start);
})();
