--- summar: extractive text summarization for Lua 5.4 (libsummar).
--
--   local summar = require("summar")
--   local s = assert(summar.summarize(text, {words = 120, paragraphs = 2}))
--   print(s.text)
--
-- Sentences of the source are copied byte for byte, in source order, in the
-- source's language; nothing is paraphrased, translated or padded.
--
-- Failures return `nil, message, code` (code: a summar.ERR_* number), so
-- `assert(summar.summarize(...))` raises with the message.  Passing a value
-- of the wrong type raises an error.
--
-- Offsets: `start` and `stop` are 0-based byte offsets (stop exclusive) into
-- the document text, as in C; `first` and `last` are the same range for
-- string.sub, so text:sub(s.first, s.last) == s.text.
--
-- A document is a handle to C memory: it is freed by the garbage collector,
-- or at once by doc:close() or a to-be-closed variable
-- (`local doc <close> = assert(summar.document(text))`).  Summaries and the
-- sentence/token tables are plain Lua values that outlive their document.
local core = require("summar_core")

local M = {}

--- The libsummar version in use, "MAJOR.MINOR.PATCH".
M.version = core.version()
M._VERSION = "summar " .. M.version
--- The version of docs/summary.schema.json the summary tables follow (the
-- C SUMMAR_JSON_SCHEMA): their "schema" member.
M.JSON_SCHEMA = core.JSON_SCHEMA
--- The generated SWIG module, for the C-level API.
M.core = core

-- Status codes, warning and flag bits, as in summar.h without the prefix.
for _, k in ipairs({
  "OK", "ERR_NOMEM", "ERR_ARG", "ERR_RANGE", "ERR_UTF8", "ERR_NUL",
  "ERR_EMPTY", "ERR_TOO_LARGE", "ERR_LANG_UNSUPPORTED", "ERR_LANG_MISMATCH",
  "ERR_ALGORITHM", "ERR_BACKEND", "ERR_NOT_FOUND",
  "WARN_SHORT_SOURCE", "WARN_FEW_PARAGRAPHS", "WARN_REPLACED",
  "WARN_NOTHING_FITS", "WARN_LANG_GUESSED",
  "SENT_TITLE", "SENT_JUNK", "SENT_CODE", "SENT_FOREIGN", "SENT_DUPLICATE",
  "SENT_REQUEST", "SENT_HEADING", "SENT_PARA_START", "SENT_DROP",
  "TOKEN_STOPWORD", "TOKEN_NUMBER", "TOKEN_LETTERS",
}) do
  M[k] = core[k]
end

local FORMATS = {
  text = core.FORMAT_TEXT, markdown = core.FORMAT_MARKDOWN,
  md = core.FORMAT_MARKDOWN, html = core.FORMAT_HTML, json = core.FORMAT_JSON,
}
M.FORMATS = FORMATS

-- The library's names of the bits set in `bits`, lowest first.
local function bit_names(bits, name_of)
  local out = {}
  for i = 0, 31 do
    local name = bits & (1 << i) ~= 0 and name_of(1 << i)
    if name then out[#out + 1] = name end
  end
  return out
end

local function warning_names(bits)
  return bit_names(bits, core.warning_name)
end

local function check_type(v, want, what, level)
  if type(v) ~= want then
    error(("summar: %s must be a %s, got %s"):format(what, want, type(v)),
          (level or 2) + 1)
  end
end

-- The option keys each call accepts; any other key raises an error.
local DOC_OPTIONS = {"lang", "clean", "replace_invalid", "html", "context"}
local SUMMARY_OPTIONS = {"words", "sentences", "ratio", "paragraphs",
                         "output_lang", "algorithm", "format", "keywords",
                         "title", "fill"}

-- Options that are true or false (or absent).
local BOOLEAN_OPTIONS = {clean = true, replace_invalid = true, title = true,
                         fill = true}

-- Raises "summar: unknown option 'wrods' (known: ...)" unless every key
-- of opts is in one of the lists, and "summar: title must be a boolean,
-- got string" for a yes/no option given anything but true or false.
local function check_keys(opts, level, ...)
  local known = {}
  for _, list in ipairs({...}) do
    for _, k in ipairs(list) do known[k] = true end
  end
  for k in pairs(opts) do
    if not known[k] then
      local names = {}
      for name in pairs(known) do names[#names + 1] = name end
      table.sort(names)
      error(("summar: unknown option %q (known: %s)"):format(
        tostring(k), table.concat(names, ", ")), level + 1)
    end
  end
  for k in pairs(BOOLEAN_OPTIONS) do
    if opts[k] ~= nil and type(opts[k]) ~= "boolean" then
      error(("summar: %s must be a boolean, got %s"):format(k, type(opts[k])),
            level + 1)
    end
  end
  local html = opts.html
  if html ~= nil and html ~= true and html ~= false and html ~= "auto" then
    error(("summar: html must be true, false or \"auto\", got %s"):format(
      tostring(html)), level + 1)
  end
end

-- One context for every document made without an explicit one: it is
-- immutable and documents keep it alive.
local default_ctx

local function context(ctx, level)
  if ctx ~= nil then
    -- a context answers max_input(); anything else is refused here, before
    -- the C layer sees it
    local good, limit = pcall(function() return ctx:max_input() end)
    if not good or math.type(limit) ~= "integer" then
      error(("summar: context must be made by summar.context(), got %s")
            :format(type(ctx)), level + 1)
    end
    return ctx
  end
  if not default_ctx then default_ctx = assert(core.Context(0)) end
  return default_ctx
end

--- A context with its own input limit (bytes); pass it as opts.context.
function M.context(max_input)
  return core.Context(max_input or 0)
end

---------------------------------------------------------------- documents

local Document = {}
Document.__index = Document
Document.__name = "summar.Document"

local function span_table(i, text, start, stop, extra)
  local t = extra or {}
  t.index = i          -- 1-based
  t.start = start      -- 0-based byte offset
  t.stop = stop        -- exclusive
  t.first = start + 1  -- for string.sub
  t.last = stop
  t.text = text:sub(start + 1, stop)
  return t
end

--- Analyses text.  opts: a language tag string, or a table
-- {lang = "ar", clean = true, replace_invalid = false, html = "auto",
-- context = ctx}; html = true reads text as an HTML page and analyses its
-- main content (the library's extraction), "auto" when it looks like HTML.
-- Returns a document, or nil, message, code.
local function new_document(text, opts)
  local flags = 0
  if opts.clean == false then flags = flags | core.DOC_NO_CLEAN end
  if opts.replace_invalid then flags = flags | core.DOC_REPLACE_INVALID end
  -- html: true reads text as a page (its main content is summarized),
  -- "auto" (the default) does so when it looks like HTML.
  local html = opts.html
  if html == nil then html = "auto" end
  if html == true or (html == "auto" and core.looks_like_html(text) ~= 0) then
    flags = flags | core.DOC_HTML
  end
  local lang = opts.lang
  if lang == "" or lang == "auto" then lang = nil end
  local ctx = context(opts.context, 3)
  local h, msg, code = core.document_new(ctx, text, lang, flags)
  if not h then return nil, msg, code end
  return setmetatable({_h = h, _ctx = ctx}, Document)
end

function M.document(text, opts)
  check_type(text, "string", "text")
  if type(opts) == "string" then opts = {lang = opts} end
  opts = opts or {}
  check_type(opts, "table", "options")
  check_keys(opts, 2, DOC_OPTIONS)
  return new_document(text, opts)
end
M.Document = M.document

--- Frees the C document now (idempotent); later calls fail.
function Document:close()
  self._h:close()
end
Document.__close = Document.close

function Document:closed()
  return self._h:closed() ~= 0
end

--- The document text; all offsets refer to it.
function Document:text()
  if not self._text then
    local t, msg, code = self._h:text()
    if not t then return nil, msg, code end
    self._text = t
  end
  return self._text
end

--- ISO 639-1 code, given or detected ("und" if unknown).
function Document:language() return self._h:language() end

--- Warning names: "replaced", "lang_guessed".
function Document:warnings()
  local w, msg, code = self._h:warnings()
  if not w then return nil, msg, code end
  return warning_names(w)
end

function Document:content_words() return self._h:content_words() end
function Document:sentence_count() return self._h:sentence_count() end
function Document:token_count() return self._h:token_count() end

local function sentence_from(text, i, start, stop, block, flags)
  return span_table(i, text, start, stop, {
    block = block + 1, flags = flags,
    content = flags & core.SENT_DROP == 0,
  })
end

--- The i-th sentence (1-based): {index, text, start, stop, first, last,
-- block, flags, content}; or nil, message, code.
function Document:sentence(i)
  check_type(i, "number", "index")
  local text, msg, code = self:text()
  if not text then return nil, msg, code end
  if i < 1 then return nil, core.strerror(core.ERR_RANGE), core.ERR_RANGE end
  local s
  s, msg, code = self._h:sentence(i - 1)
  if not s then return nil, msg, code end
  return sentence_from(text, i, s.start, s.stop, s.block, s.flags)
end

--- All sentences as a list (built once, cached).
function Document:sentence_list()
  if not self._sentences then
    local text, msg, code = self:text()
    if not text then return nil, msg, code end
    local tab
    tab, msg, code = self._h:sentence_table()
    if not tab then return nil, msg, code end
    local out = {}
    for k = 1, #tab, 4 do
      out[#out + 1] = sentence_from(text, #out + 1, tab[k], tab[k + 1],
                                    tab[k + 2], tab[k + 3])
    end
    self._sentences = out
  end
  return self._sentences
end

--- Iterates the sentences: for i, s in doc:sentences() do ... end
function Document:sentences()
  return ipairs(assert(self:sentence_list()))
end

--- All tokens as a list: {index, text, start, stop, first, last, sentence
-- (1-based), flags, norm, stem, stopword}.
function Document:token_list()
  if not self._tokens then
    local text, msg, code = self:text()
    if not text then return nil, msg, code end
    local tab, norms, stems
    tab, msg, code = self._h:token_table()
    if not tab then return nil, msg, code end
    norms = assert(self._h:token_norms())
    stems = assert(self._h:token_stems())
    local out = {}
    for k = 1, #tab, 4 do
      local i = #out + 1
      out[i] = span_table(i, text, tab[k], tab[k + 1], {
        sentence = tab[k + 2] + 1, flags = tab[k + 3],
        norm = norms[i], stem = stems[i],
        stopword = tab[k + 3] & core.TOKEN_STOPWORD ~= 0,
      })
    end
    self._tokens = out
  end
  return self._tokens
end

--- Iterates the tokens: for i, t in doc:tokens() do ... end
function Document:tokens()
  return ipairs(assert(self:token_list()))
end

--- The headline as a sentence table, or nil when there is none.
function Document:title()
  local t, msg, code = self._h:title()
  if not t then
    if code == core.ERR_NOT_FOUND then return nil end
    return nil, msg, code
  end
  local text = assert(self:text())
  return sentence_from(text, t.index + 1, t.start, t.stop, t.block, t.flags)
end

--- The instruction written in the text ({words, paragraphs, lang}), or nil.
function Document:embedded_request()
  local r, msg, code = self._h:embedded_request()
  if not r then
    if code == core.ERR_NOT_FOUND then return nil end
    return nil, msg, code
  end
  return {words = r.words, paragraphs = r.paragraphs, lang = r.lang}
end

--- One score per sentence (a list, 1-based) with the named algorithm
-- ("default" when nil); or nil, message, code.
function Document:score(algorithm)
  if algorithm ~= nil then check_type(algorithm, "string", "algorithm") end
  return self._h:score(algorithm)
end

local function make_request(opts)
  local req = assert(core.Request())
  local given = 0
  for _, k in ipairs({"words", "sentences", "ratio"}) do
    if opts[k] ~= nil then given = given + 1 end
  end
  if given > 1 then
    return nil, "give at most one of words, sentences, ratio", core.ERR_ARG
  end
  local steps = {
    {opts.words, req.set_words},
    {opts.sentences, req.set_sentences},
    {opts.ratio, req.set_ratio},
    {opts.paragraphs, req.set_paragraphs},
    {opts.format, req.set_format_name},
    {opts.algorithm, req.set_algorithm},
    {opts.output_lang, req.set_output_lang},
    {opts.keywords, req.set_keywords},
    {opts.title and 1 or nil, req.set_title},
    {opts.fill and 1 or nil, req.set_fill},
  }
  for _, st in ipairs(steps) do
    if st[1] ~= nil then
      local ok, msg, code = st[2](req, st[1])
      if ok == nil and msg then return nil, msg, code end
    end
  end
  return req
end

-- A chosen sentence holds the members of docs/summary.schema.json (index
-- and paragraph 0-based, start and end byte offsets as in C); first and
-- last, for string.sub, are computed on reading.
local SummarySentence = {__name = "summar.SummarySentence"}
function SummarySentence.__index(t, k)
  if k == "first" then return rawget(t, "start") + 1 end
  if k == "last" then return rawget(t, "end") end
end

local Summary = {__name = "summar.Summary"}
Summary.__index = Summary

--- Each paragraph's text, its sentences joined by one space (a list).
function Summary:paragraph_texts()
  local parts = {}
  for i = 1, self.paragraphs do parts[i] = {} end
  for _, x in ipairs(self.sentences) do
    local list = parts[x.paragraph + 1] or {}
    parts[x.paragraph + 1] = list
    list[#list + 1] = x.text:match("^%s*(.-)%s*$")
  end
  local out = {}
  for i, p in ipairs(parts) do out[i] = table.concat(p, " ") end
  return out
end

local ELLIPSIS = "\u{2026}"

-- The summary table: exactly the members of docs/summary.schema.json (as
-- `summar --format json` writes them), the same names and values.
local function make_summary(h, text, format)
  local s = {schema = M.JSON_SCHEMA, language = h:language()}
  local body = assert(h:text())
  local title = h:title()
  if title then
    s.title = text:sub(title[1] + 1, title[2])
    if format == "text" then
      -- the headline is the text's first line, then a blank line
      local cut = body:find("\n\n", 1, true)
      body = cut and body:sub(cut + 2) or ""
    end
  end
  s.words = h:word_count()
  s.source_words = h:source_words()
  s.paragraphs = h:paragraph_count()
  s.sentences = {}
  for i = 0, h:sentence_count() - 1 do
    local p = assert(h:sentence(i))
    local truncated = p.truncated ~= 0
    s.sentences[i + 1] = setmetatable({
      index = p.sentence, paragraph = p.paragraph,
      start = p.start, ["end"] = p.stop, words = p.words, score = p.score,
      truncated = truncated or nil,
      text = text:sub(p.start + 1, p.stop) .. (truncated and ELLIPSIS or ""),
    }, SummarySentence)
  end
  s.keywords = {}
  for i = 0, h:keyword_count() - 1 do
    s.keywords[i + 1] = {word = h:keyword(i), weight = h:keyword_weight(i)}
  end
  s.warnings = warning_names(h:warnings())
  if format ~= "text" then s.format = format end
  s.text = body
  h:close()
  return setmetatable(s, Summary)
end

--- Summarizes the document.  opts: {words | sentences | ratio,
-- paragraphs = 1, output_lang, algorithm = "default", format = "text" |
-- "markdown" | "html" | "json", keywords = 0, title = false, fill = false}.
-- Returns a summary table with the members of docs/summary.schema.json:
-- {schema, language, title?, words, source_words, paragraphs (a count),
-- sentences ({index, paragraph, start, end, words, score, truncated?,
-- text}), keywords ({word, weight}), warnings (names), format? (when not
-- "text"), text}; or nil, message, code.  Asking for an output language other than the
-- source's fails (code ERR_LANG_MISMATCH): libsummar does not translate.
local function summarize_document(self, opts)
  local req, msg, code = make_request(opts)
  if not req then return nil, msg, code end
  local text
  text, msg, code = self:text()
  if not text then return nil, msg, code end
  local h
  h, msg, code = self._h:summarize(req)
  if not h then return nil, msg, code end
  local fmt = opts.format or "text"
  return make_summary(h, text, fmt == "md" and "markdown" or fmt)
end

function Document:summarize(opts)
  opts = opts or {}
  check_type(opts, "table", "options")
  check_keys(opts, 2, SUMMARY_OPTIONS)
  return summarize_document(self, opts)
end

function Document:__tostring()
  if self:closed() then return "summar.Document (closed)" end
  return ("summar.Document (%s, %d sentences, %d tokens)"):format(
    self:language(), self:sentence_count(), self:token_count())
end

---------------------------------------------------------------- one call

--- Summarizes text in one call.  opts: those of Document:summarize, plus
-- lang (source language; detected when nil), clean, replace_invalid.
-- Returns a summary table, or nil, message, code.
function M.summarize(text, opts)
  check_type(text, "string", "text")
  opts = opts or {}
  check_type(opts, "table", "options")
  check_keys(opts, 2, DOC_OPTIONS, SUMMARY_OPTIONS)
  local doc, msg, code = new_document(text, opts)
  if not doc then return nil, msg, code end
  local s
  s, msg, code = summarize_document(doc, opts)
  doc:close()
  return s, msg, code
end

--- Summarizes many texts (a list of strings) on opts.jobs threads (0, the
-- default: one per CPU) with the C batch call summar_summarize_batch().
-- opts: those of summarize (the same for every text: words, paragraphs,
-- format..., lang, clean, context) plus jobs.  Returns a list with one
-- entry per text, in order: its summary table, or, for a text that failed,
-- an error table as `summar --jsonl` writes a failed line (the "error"
-- shape of docs/summary.schema.json, the text's position i standing for
-- the line and id): {schema, id = i, error = {code = "empty" (a stable
-- name, summar_status_name()), message, line = i}}.  One failing text does
-- not stop the others.  Mistakes in opts or texts raise an error.
function M.summarize_many(texts, opts)
  check_type(texts, "table", "texts")
  opts = opts or {}
  check_type(opts, "table", "options")
  check_keys(opts, 2, DOC_OPTIONS, SUMMARY_OPTIONS, {"jobs"})
  if opts.replace_invalid then
    error("summar: summarize_many does not take replace_invalid", 2)
  end
  local req, msg, code = make_request(opts)
  if not req then return nil, msg, code end
  local flags = opts.clean == false and core.DOC_NO_CLEAN or 0
  -- one flag for the batch: html = true reads every text as a page
  if opts.html == true then flags = flags | core.DOC_HTML end
  local lang = opts.lang
  if lang == "" or lang == "auto" then lang = nil end
  local fmt = opts.format or "text"
  if fmt == "md" then fmt = "markdown" end
  local batch = core.Batch(context(opts.context, 2), texts, lang, flags, req,
                           opts.jobs or 0)
  local out = {}
  for i = 1, #texts do
    local h, err, c = batch:take(i - 1)
    if h then
      out[i] = make_summary(h, texts[i], fmt)
    else
      out[i] = {schema = M.JSON_SCHEMA, id = i, error = {
        code = core.status_name(c) or "error", message = err, line = i}}
    end
  end
  return out
end

--- The C one-call convenience summar_quick(): plain text.
function M.quick(text, words, paragraphs, lang)
  check_type(text, "string", "text")
  return core.quick(text, lang, words or 0, paragraphs or 0)
end

--- The scoring algorithms: a list of {name, description}.
function M.algorithms()
  local out, i = {}, 0
  while true do
    local name = core.algorithm_name(i)
    if not name then return out end
    out[#out + 1] = {name = name, description = core.algorithm_description(i)}
    i = i + 1
  end
end

--- Languages with built-in stopwords and stemming (ISO 639-1 codes).
function M.languages()
  local out = {}
  while true do
    local name = core.language_code(#out)
    if not name then return out end
    out[#out + 1] = name
  end
end

--- Words in s, counted as a word processor does.
function M.word_count(s)
  check_type(s, "string", "text")
  return core.word_count(s)
end

--- true when s is valid UTF-8 without NUL bytes; otherwise nil, message,
-- code (ERR_UTF8 or ERR_NUL), and the 0-based offset of the first bad byte.
function M.utf8_check(s)
  check_type(s, "string", "text")
  local r = assert(core.utf8_check(s))
  if r[1] == core.OK then return true end
  return nil, ("%s at byte %d"):format(core.strerror(r[1]), r[2]), r[1], r[2]
end

--- ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004) of summary against refs, a
-- non-empty list of reference texts, each averaged over the references
-- (C summar_rouge_score()).  opts: a language tag string, or a table
-- {lang = "en" (stemming; none when nil), cut_words = 0 (if not 0, the
-- summary is first cut after that many words)}.
-- Returns {rouge1 = {recall, precision, f1}, rouge2 = ..., rougel = ...},
-- each value in [0, 1]; or nil, message, code (ERR_ARG for no references,
-- ERR_UTF8, ERR_LANG_UNSUPPORTED).
function M.rouge(summary, refs, opts)
  check_type(summary, "string", "summary")
  check_type(refs, "table", "refs")
  if type(opts) == "string" then opts = {lang = opts} end
  opts = opts or {}
  check_type(opts, "table", "options")
  check_keys(opts, 2, {"lang", "cut_words"})
  local list = {}
  for i = 1, #refs do
    check_type(refs[i], "string", ("refs[%d]"):format(i))
    list[i] = refs[i]
  end
  local v, msg, code = core.rouge_score(summary, list, opts.lang,
                                        opts.cut_words or 0)
  if not v then return nil, msg, code end
  local function prf(k)
    return {recall = v[k], precision = v[k + 1], f1 = v[k + 2]}
  end
  return {rouge1 = prf(1), rouge2 = prf(4), rougel = prf(7)}
end

--- The C library's message for a status code.
function M.strerror(code) return core.strerror(code) end

--- The stable name of a status code ("empty", "utf8"...), as error entries
-- and `summar --jsonl` write it; nil for a code the library does not know.
function M.status_name(code) return core.status_name(code) end

return M
