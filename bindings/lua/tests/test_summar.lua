-- TAP tests of the Lua binding: every wrapped call, errors, Arabic round
-- trips, large inputs, lifetimes and garbage-collection order.
-- Run by meson with LUA_PATH / LUA_CPATH pointing at the build directory.
local summar = require("summar")
local core = summar.core

local n, failed = 0, 0
local function ok(cond, what, extra)
  n = n + 1
  if cond then
    print(("ok %d - %s"):format(n, what))
  else
    failed = failed + 1
    print(("not ok %d - %s"):format(n, what))
    if extra ~= nil then print("# " .. tostring(extra)) end
  end
  return cond
end
local function is(got, want, what)
  return ok(got == want, what, ("got %s, want %s"):format(tostring(got),
                                                          tostring(want)))
end
-- Expects nil, message, code from f().
local function fails(code, what, f)
  local r, msg, c = f()
  return ok(r == nil and c == code and type(msg) == "string", what,
            ("got %s, %s, %s"):format(tostring(r), tostring(msg), tostring(c)))
end
local function raises(pattern, what, f)
  local good, err = pcall(f)
  return ok(not good and tostring(err):find(pattern) ~= nil, what, err)
end

local here = debug.getinfo(1, "S").source:sub(2):match("^(.*)/") or "."
local data_dir = here .. "/../../../examples/data"
local function slurp(p)
  local f = assert(io.open(p, "rb"))
  local s = f:read("a")
  f:close()
  return s
end
local en = slurp(data_dir .. "/article-en.txt")
local ar = slurp(data_dir .. "/article-ar.txt")

local function words_of(s) return summar.word_count(s) end

-- Distinct English-like sentences, paragraphs of 5.
local function make_text(paras, seed)
  local w = {"river", "city", "council", "market", "school", "bridge",
             "harvest", "museum", "railway", "festival", "library", "garden",
             "factory", "hospital", "harbour", "village", "storm", "budget"}
  local out, k = {}, seed or 0
  for p = 1, paras do
    local sents = {}
    for j = 1, 5 do
      k = k + 1
      local a, b, c = w[k % #w + 1], w[(k * 7) % #w + 1], w[(k * 13) % #w + 1]
      sents[j] = ("The %s near the %s funded the %s on day %d of week %d.")
        :format(a, b, c, k, p)
    end
    out[p] = table.concat(sents, " ")
  end
  return table.concat(out, "\n\n")
end

-------------------------------------------------------------- basics
is(summar.version, core.version(), "version")
local maj, min, pat = summar.version:match("^(%d+)%.(%d+)%.(%d+)$")
maj, min, pat = tonumber(maj), tonumber(min), tonumber(pat)
is(core.version_number(), (maj << 16) | (min << 8) | pat, "version_number")
is(summar.strerror(summar.OK), "success", "strerror")
is(summar.word_count("one two  three\n four"), 4, "word_count")
is(summar.word_count("قال المبعوث الروسي"), 3, "word_count Arabic")
ok(summar.utf8_check("نص"), "utf8_check valid")
do
  local r, msg, code, off = summar.utf8_check("ab\255c")
  ok(r == nil and code == summar.ERR_UTF8 and off == 2, "utf8_check bad byte",
     msg)
  r, msg, code, off = summar.utf8_check("abc\0")
  ok(r == nil and code == summar.ERR_NUL and off == 3, "utf8_check NUL")
end
do
  local algos, names = summar.algorithms(), {}
  for _, a in ipairs(algos) do names[a.name] = a.description end
  ok(names.default and names.lexrank and names.textrank, "algorithms")
  is(core.algorithm_name(#algos), nil, "algorithm_name past the end")
  is(core.algorithm_description(#algos), nil, "algorithm_description past end")
  local langs = table.concat(summar.languages(), " ")
  ok(langs:find("ar") and langs:find("en"), "languages")
  is(core.language_code(#summar.languages()), nil, "language_code past end")
end
do
  local q = summar.quick(en, 40, 1)
  ok(q and words_of(q) <= 40 and words_of(q) > 0, "quick")
  fails(summar.ERR_EMPTY, "quick empty", function() return summar.quick("  ") end)
end
raises("text must be a string", "wrong type raises",
       function() summar.summarize(42) end)

------------------------------------------------------------ summarize
do
  local s = assert(summar.summarize(en, {words = 80, paragraphs = 2}))
  is(s.language, "en", "summary language")
  ok(s.words > 0 and s.words <= 80, "summary within budget", s.words)
  is(s.words, words_of(s.text), "summary word count")
  ok(math.type(s.words) == "integer" and math.type(s.sentences[1].start)
     == "integer", "counts and offsets are integers")
  is(s.paragraphs, 2, "two paragraphs")
  is(s.text:gsub("%s+$", ""), table.concat(s:paragraph_texts(), "\n\n"),
     "text is the paragraphs")
  local good, last = true, -1
  for _, x in ipairs(s.sentences) do
    good = good and en:sub(x.first, x.last) == x.text and x.start > last
      and x.first == x.start + 1 and x.last == x["end"]
      and x.score >= 0 and x.score <= 1 and x.paragraph >= 0
      and x.paragraph < 2 and x.truncated == nil
    last = x.start
  end
  ok(good, "summary sentences copied, in order, scored")
  is(#s.warnings, 0, "no warnings")
end
is(#assert(summar.summarize(en, {sentences = 3})).sentences, 3, "sentences budget")
do
  local r = assert(summar.summarize(en, {ratio = 0.25}))
  ok(r.words <= 0.25 * r.source_words, "ratio budget")
end
fails(summar.ERR_ARG, "two budgets", function()
  return summar.summarize(en, {words = 10, ratio = 0.5}) end)
fails(summar.ERR_RANGE, "words = 0", function()
  return summar.summarize(en, {words = 0}) end)
fails(summar.ERR_RANGE, "paragraphs = 0", function()
  return summar.summarize(en, {paragraphs = 0}) end)
fails(summar.ERR_ARG, "unknown format", function()
  return summar.summarize(en, {format = "pdf"}) end)
do
  local md = assert(summar.summarize(en, {words = 60, format = "markdown",
                                          title = true, keywords = 3}))
  ok(md.text:find("^# City Library"), "markdown with title")
  ok(#md.keywords == 3 and md.keywords[1].weight == 1.0
     and type(md.keywords[1].word) == "string" and md.keywords[1].word ~= ""
     and md.keywords[3].weight > 0
     and md.keywords[3].weight <= md.keywords[2].weight
     and md.keywords[2].weight <= 1, "keywords {word, weight}, first 1")
  ok(md.format == "markdown" and md.title and md.text:find(md.title, 1, true),
     "markdown: format and title members")
  ok(assert(summar.summarize(en, {words = 60, format = "html"})).text
       :find("^<p>"), "html")
  ok(assert(summar.summarize(en, {words = 60, format = "json"})).text
       :find('"language":"en"'), "json")
  local filled = false
  for w = 30, 60 do
    local plain = assert(summar.summarize(en, {words = w}))
    local full = assert(summar.summarize(en, {words = w, fill = true}))
    if plain.words < w then
      local cut = 0
      for _, x in ipairs(full.sentences) do
        if x.truncated then
          cut = cut + 1
          filled = x.text:sub(-3) == "\u{2026}"
            and x.text:sub(1, -4) == en:sub(x.first, x.last)
        end
      end
      filled = filled and cut == 1 and full.words == w
        and full.text:find("\u{2026}%s*$") ~= nil
      break
    end
  end
  ok(filled, "fill = true: the budget is used exactly, ending with \u{2026}")
end
do
  local seen, distinct = {}, 0
  for _, a in ipairs(summar.algorithms()) do
    local s = assert(summar.summarize(en, {words = 50, algorithm = a.name}))
    local key = {}
    for _, x in ipairs(s.sentences) do key[#key + 1] = x.index end
    key = table.concat(key, ",")
    if not seen[key] then seen[key] = true; distinct = distinct + 1 end
  end
  ok(distinct > 1, "algorithms choose differently")
end
fails(summar.ERR_ALGORITHM, "unknown algorithm", function()
  return summar.summarize(en, {algorithm = "nope"}) end)
fails(summar.ERR_LANG_MISMATCH, "output language mismatch", function()
  return summar.summarize(en, {output_lang = "ar"}) end)
fails(summar.ERR_LANG_UNSUPPORTED, "unknown output language", function()
  return summar.summarize(en, {output_lang = "Klingon"}) end)
is(assert(summar.summarize(ar, {words = 40, output_lang = "Arabic"})).language,
   "ar", "output language matching the source")
do
  local s = assert(summar.summarize("One short sentence about the river.",
                                    {words = 100}))
  ok(s.warnings[1] == "short_source", "short source warning")
end

--------------------------------------------------- evaluation (ROUGE)
do
  local function near(a, b) return math.abs(a - b) < 1e-9 end
  -- {recall, precision, f1} of one measure matches want
  local function prf(m, want, what)
    return ok(type(m) == "table" and near(m.recall, want[1])
              and near(m.precision, want[2]) and near(m.f1, want[3]), what,
              m and ("got %s %s %s"):format(m.recall, m.precision, m.f1))
  end
  for _, t in ipairs({{en, "en"}, {ar, "ar"}, {en, nil}}) do
    local r = assert(summar.rouge(t[1], {t[1]}, {lang = t[2]}))
    ok(r.rouge1.f1 == 1 and r.rouge2.f1 == 1 and r.rougel.f1 == 1
       and r.rouge1.recall == 1 and r.rougel.precision == 1,
       "rouge identical texts " .. tostring(t[2]))
  end
  -- "the cat sat" vs "the cat ran": 2 of 3 unigrams, 1 of 2 bigrams, LCS 2.
  for _, lang in ipairs({"en", false}) do
    local r = assert(summar.rouge("the cat sat", {"the cat ran"},
                                  {lang = lang or nil}))
    prf(r.rouge1, {2 / 3, 2 / 3, 2 / 3}, "rouge1 hand computed")
    prf(r.rouge2, {1 / 2, 1 / 2, 1 / 2}, "rouge2 hand computed")
    prf(r.rougel, {2 / 3, 2 / 3, 2 / 3}, "rougel hand computed")
  end
  local r = assert(summar.rouge("The cat sat on the mat.",
                                {"the cat was on the mat"}))
  prf(r.rouge1, {5 / 6, 5 / 6, 5 / 6}, "rouge1 clipped counts")
  prf(r.rouge2, {3 / 5, 3 / 5, 3 / 5}, "rouge2 3 of 5 bigrams")
  -- two references, averaged: ref 1 R 2/4 P 2/2, ref 2 R 1/4 P 1/2
  r = assert(summar.rouge("a b", {"a b c d", "a x y z"}))
  prf(r.rouge1, {0.375, 0.75, 0.5}, "rouge1 averaged over two references")
  prf(r.rouge2, {1 / 6, 0.5, 0.25}, "rouge2 averaged over two references")
  prf(r.rougel, {0.375, 0.75, 0.5}, "rougel averaged over two references")
  prf(assert(summar.rouge("a b", {"a b c d"})).rouge1, {0.5, 1, 2 / 3},
      "rouge one reference")
  -- cut_words
  local s4 = "alpha beta gamma delta"
  prf(assert(summar.rouge(s4, {"alpha beta"})).rouge1, {1, 0.5, 2 / 3},
      "rouge no cut")
  prf(assert(summar.rouge(s4, {"alpha beta"}, {cut_words = 2})).rouge1,
      {1, 1, 1}, "rouge cut_words = 2")
  prf(assert(summar.rouge(s4, {"alpha beta"}, {cut_words = 3})).rouge1,
      {1, 2 / 3, 0.8}, "rouge cut_words = 3")
  -- stemming follows the language; Arabic normalized
  is(assert(summar.rouge("Running dogs", {"run dog"}, "en")).rouge1.f1, 1.0,
     "rouge English stemming (lang as a string)")
  is(assert(summar.rouge("Running dogs", {"run dog"})).rouge1.f1, 0.0,
     "rouge no stemming without a language")
  r = assert(summar.rouge("أكَلَ الولـــد التفاحة", {"اكل الولد التفاحه"},
                          {lang = "ar"}))
  ok(r.rouge1.f1 == 1 and r.rouge2.f1 == 1, "rouge Arabic normalized")
  prf(assert(summar.rouge("", {"alpha beta"})).rougel, {0, 0, 0},
      "rouge empty summary scores 0")
  -- a real summary against its source: every summary word is in it
  local s = assert(summar.summarize(en, {words = 80, paragraphs = 2}))
  r = assert(summar.rouge(s.text, {en}, {lang = "en"}))
  ok(r.rouge1.precision == 1 and r.rougel.precision == 1
     and r.rouge1.recall > 0.05 and r.rouge1.recall < 0.5,
     "rouge of a summary against its source", r.rouge1.recall)
  -- errors
  fails(summar.ERR_ARG, "rouge no references", function()
    return summar.rouge("a", {}) end)
  fails(summar.ERR_UTF8, "rouge invalid UTF-8 summary", function()
    return summar.rouge("a \255 b", {"a"}) end)
  fails(summar.ERR_UTF8, "rouge invalid UTF-8 reference", function()
    return summar.rouge("a", {"ok", "\xC3("}) end)
  fails(summar.ERR_LANG_UNSUPPORTED, "rouge unknown language", function()
    return summar.rouge("a", {"a"}, {lang = "xx-!"}) end)
  raises("refs must be a table", "rouge refs as one string raises",
         function() summar.rouge("a", "a") end)
  raises("refs%[2%] must be a string", "rouge non-string reference raises",
         function() summar.rouge("a", {"a", 3}) end)
  raises("summary must be a string", "rouge non-string summary raises",
         function() summar.rouge(nil, {"a"}) end)
  raises("negative", "rouge negative cut_words raises",
         function() summar.rouge("a", {"a"}, {cut_words = -1}) end)
  -- raw: one flat list of 9 numbers
  local v = assert(core.rouge_score("the cat sat", {"the cat ran"}, nil, 0))
  ok(#v == 9 and near(v[1], 2 / 3) and near(v[4], 0.5) and near(v[9], 2 / 3),
     "raw rouge_score")
  raises("text 2 of refs is not a string", "raw rouge_score checks the list",
         function() core.rouge_score("a", {"a", 3}, nil, 0) end)
  fails(summar.ERR_ARG, "raw rouge_score no references", function()
    return core.rouge_score("a", {}, nil, 0) end)
end

-------------------------------------------------------------- errors
fails(summar.ERR_EMPTY, "empty input", function() return summar.document(" \n ") end)
fails(summar.ERR_UTF8, "invalid UTF-8", function() return summar.document("a\255b c") end)
fails(summar.ERR_NUL, "NUL byte", function() return summar.document("a\0b c") end)
fails(summar.ERR_TOO_LARGE, "input above the context limit", function()
  return summar.document(en, {context = summar.context(100)}) end)
fails(summar.ERR_LANG_UNSUPPORTED, "malformed language tag", function()
  return summar.document(en, "!!") end)
fails(summar.ERR_EMPTY, "raw document_new", function()
  return core.document_new(core.Context(0), " ", nil, 0) end)
raises("no text", "raw constructor raises", function()
  return core.Document(core.Context(0), " ", nil, 0) end)
do
  local d = assert(summar.document("Broken \255 bytes here. And more words.",
                                   {replace_invalid = true}))
  ok(d:warnings()[1] == "replaced" and d:text():find("\xEF\xBF\xBD", 1, true),
     "replace_invalid")
end
do
  -- html: a page's main content, without its menu and markup
  local page = "<!DOCTYPE html><html><head><title>Harbour plan</title>" ..
    "</head><body><nav><ul><li><a href='/'>Home</a></li>" ..
    "<li><a href='/n'>News</a></li></ul></nav><article><h1>Harbour plan" ..
    "</h1><p>The council approved the harbour plan on Tuesday after a " ..
    "long debate, and work on the new quay starts in spring.</p><h2>Costs" ..
    "</h2><p>The plan costs twelve million, paid by the city, the region " ..
    "and a loan that the council will repay over twenty years.</p>" ..
    "</article></body></html>"
  local d = assert(summar.document(page, {html = true}))
  local t = d:text()
  ok(t:find("approved the harbour plan", 1, true) and not t:find("<p>", 1, true)
     and not t:find("News", 1, true), "html = true: the article text")
  local a = assert(summar.document(page))
  is(a:text(), t, "html = \"auto\" (the default) detects the page")
  local p = assert(summar.document(page, {html = false}))
  ok(p:text():find("<p>", 1, true) ~= nil, "html = false: the text as given")
  local s = assert(summar.summarize(page, {html = true, words = 200}))
  ok(s.text:find("twelve million", 1, true) and not s.text:find("Costs", 1, true),
     "html summary: content sentences, no section heading")
  local many = summar.summarize_many({page}, {html = true, words = 200, jobs = 1})
  ok(many[1].text and many[1].text:find("quay", 1, true) and
     not many[1].text:find("<p>", 1, true), "summarize_many with html = true")
  raises("html must be true, false or", "html takes true, false or \"auto\"",
         function() summar.document(page, {html = "yes"}) end)
end

------------------------------------------------- tokenizer and scorer
do
  local d = assert(summar.document(en))
  is(d:language(), "en", "document language")
  is(d:text(), en, "document text byte-exact")
  ok(d:content_words() > 250, "content words")
  local t = d:title()
  ok(t and t.text:find("^City Library") and t.index == 1
     and t.flags & summar.SENT_TITLE ~= 0, "title")
  is(d:embedded_request(), nil, "no embedded request")
  local count, good = 0, true
  for i, s in d:sentences() do
    count = i
    good = good and en:sub(s.first, s.last) == s.text and s.stop > s.start
  end
  is(count, d:sentence_count(), "sentence iteration")
  ok(good, "sentence offsets")
  local s3 = d:sentence(3)
  is(s3.text, d:sentence_list()[3].text, "sentence(i)")
  fails(summar.ERR_RANGE, "sentence out of range", function()
    return d:sentence(10 ^ 6 // 1) end)
  fails(summar.ERR_RANGE, "sentence 0", function() return d:sentence(0) end)
  local ntok, tgood, stop = 0, true, true
  for i, tk in d:tokens() do
    ntok = i
    tgood = tgood and en:sub(tk.first, tk.last) == tk.text and tk.norm ~= ""
      and tk.stem ~= "" and d:sentence_list()[tk.sentence].start <= tk.start
    if tk.norm == "the" then stop = stop and tk.stopword end
  end
  is(ntok, d:token_count(), "token iteration")
  ok(tgood, "token offsets and forms")
  ok(stop, "stopwords flagged")
  local raw = d._h:token(4)
  local tk5 = d:token_list()[5]
  ok(raw.start == tk5.start and raw.stop == tk5.stop and raw.norm == tk5.norm
     and raw.stem == tk5.stem and raw.sentence + 1 == tk5.sentence
     and raw.flags == tk5.flags and raw.index == 4, "raw token(i)")
  local rs = d._h:sentence(2)
  ok(rs.start == s3.start and rs.stop == s3.stop and rs.block + 1 == s3.block
     and rs.flags == s3.flags and rs.index == 2, "raw sentence(i)")
  for _, a in ipairs(summar.algorithms()) do
    local sc = assert(d:score(a.name))
    local inrange = #sc == d:sentence_count()
    for _, x in ipairs(sc) do inrange = inrange and x >= 0 and x <= 1 end
    ok(inrange and sc[1] == 0, "score " .. a.name)
  end
  fails(summar.ERR_ALGORITHM, "score unknown algorithm", function()
    return d:score("nope") end)
  local s = assert(d:summarize({words = 60, paragraphs = 2}))
  ok(s.words <= 60 and s.paragraphs == 2, "document summarize")
  ok(tostring(d):find("summar.Document %(en"), "tostring")
  d:close()
  d:close()
  ok(d:closed(), "closed")
  local r, msg = d:language()
  ok(r == nil and msg:find("closed"), "closed document fails", msg)
  r, msg = d:summarize({words = 10})
  ok(r == nil and msg:find("closed"), "closed document cannot summarize")
  ok(d:sentence_list()[2].text, "values read before close stay valid")
end
do
  local d = assert(summar.document(
    "Summarize this content to 50 words in 2 paragraphs in English\n\n"
    .. make_text(6)))
  local r = d:embedded_request()
  ok(r and r.words == 50 and r.paragraphs == 2 and r.lang == "en",
     "embedded request")
end
do
  local text = "Home | News | Sport | Contact\n\nThe council approved the new "
    .. "bridge on Monday after a long debate. Work starts in spring.\n"
  local dropped = 0
  for _, s in assert(summar.document(text)):sentences() do
    if not s.content then dropped = dropped + 1 end
  end
  local kept = true
  for _, s in assert(summar.document(text, {clean = false})):sentences() do
    kept = kept and s.content
  end
  ok(dropped > 0 and kept, "clean = false keeps every line")
end

------------------------------------------------------------- Arabic
do
  local d = assert(summar.document(ar))
  is(d:language(), "ar", "Arabic detected")
  is(d:text(), ar, "Arabic text byte-exact")
  local good = true
  for _, s in d:sentences() do good = good and ar:sub(s.first, s.last) == s.text end
  for _, t in d:tokens() do good = good and ar:sub(t.first, t.last) == t.text end
  ok(good, "Arabic sentence and token offsets byte-exact")
  local s = assert(d:summarize({words = 120, paragraphs = 2}))
  ok(s.language == "ar" and s.words <= 120 and s.paragraphs == 2,
     "Arabic 120 words in 2 paragraphs")
  local copied = true
  for _, x in ipairs(s.sentences) do
    -- a sentence cut to the budget is its prefix and an ellipsis
    local t = x.text
    if x.truncated then
      copied = copied and t:sub(-3) == "\u{2026}"
      t = t:sub(1, -4)
    end
    copied = copied and ar:find(t, 1, true) == x.first
      and ar:sub(x.first, x.last) == t
  end
  ok(copied, "Arabic summary sentences copied byte for byte")
  is(assert(summar.summarize(ar, {words = 120, paragraphs = 2})).text, s.text,
     "one call gives the same summary")
  local t = assert(summar.document(
    "ذَهَبَ الطّـالِبُ إلى المدرسةِ صباحاً. وعاد الطالب إلى البيت مساءً.", "ar"))
  local toks = t:token_list()
  ok(toks[2].text == "الطّـالِبُ" and toks[2].norm == toks[7].norm,
     "tashkeel and tatweel normalized, surface kept")
end

-------------------------------------------------------- large inputs
do
  local big = make_text(8000)
  ok(#big > 900000, "large input size " .. #big)
  local t0 = os.clock()
  local d = assert(summar.document(big))
  local s = assert(d:summarize({words = 300, paragraphs = 4}))
  ok(s.words <= 300 and s.paragraphs == 4, "large input summarized")
  ok(#d:score("textrank") == d:sentence_count(), "large input scored")
  ok(#d:token_list() == d:token_count(), "large token list")
  print(("# large input: %d bytes, %d sentences, %.2f s CPU"):format(
    #big, d:sentence_count(), os.clock() - t0))
end

----------------------------------------------- lifetimes and GC order
do
  -- summary outlives its document
  local d = assert(summar.document(en))
  local h = d._h:summarize(nil)
  d = nil
  collectgarbage()
  collectgarbage()
  ok(h:text():find("library") and h:sentence_count() > 0
     and h:language() == "en", "raw summary outlives its document")
  ok(h:sentence(0).stop > h:sentence(0).start and h:paragraph_count() == 1
     and h:source_words() > 0 and h:word_count() > 0 and h:warnings() == 0
     and h:keyword_count() == 0, "raw summary accessors")
  fails(summar.ERR_RANGE, "raw keyword out of range", function()
    return h:keyword(0) end)
  h:close()
  h:close()
  ok(h:closed() ~= 0, "summary close")
  local r, msg = h:text()
  ok(r == nil and msg:find("closed"), "closed summary fails")
end
do
  -- document outlives its context
  local ctx = summar.context(1 << 20)
  is(ctx:max_input(), 1 << 20, "context max_input")
  local d = assert(summar.document(en, {context = ctx}))
  ctx = nil
  collectgarbage()
  collectgarbage()
  ok(assert(d:summarize({words = 40})).words <= 40,
     "document outlives its context")
  -- raw level: the context object goes first
  local c = core.Context(0)
  local h = assert(core.Document(c, en, nil, 0))
  c = nil
  collectgarbage()
  ok(h:sentence_count() > 0, "raw document outlives its context")
end
do
  -- many objects dropped in one cycle, in any order: a weak table sees
  -- every one of them go
  local seen = setmetatable({}, {__mode = "v"})
  for _ = 1, 30 do
    local ctx = summar.context()
    local d = assert(summar.document(en, {context = ctx}))
    local x = {d = d, ctx = ctx, raw = d._h:summarize(nil)}
    x.self = x
    seen[#seen + 1] = ctx
    seen[#seen + 1] = d._h
    seen[#seen + 1] = x.raw
  end
  local before = 0
  for _ in pairs(seen) do before = before + 1 end
  collectgarbage()
  collectgarbage()
  local left = 0
  for _ in pairs(seen) do left = left + 1 end
  ok(before == 90 and left == 0,
     "cycles of documents, contexts and summaries collected",
     ("%d of %d left"):format(left, before))
end
do
  -- a finalizer that resurrects a document after its own finalizer ran
  local keep = {}
  do
    local holder = setmetatable({}, {__gc = function(o) keep.doc = o.doc end})
    holder.doc = assert(core.Document(core.Context(0), en, nil, 0))
  end
  collectgarbage()
  collectgarbage()
  -- the document was marked for finalization after its holder, so its
  -- finalizer ran first and the holder's brought it back
  ok(keep.doc ~= nil, "a finalizer resurrected the document")
  local good, err = pcall(function() return keep.doc:language() end)
  ok(not good and tostring(err):find("freed"), "resurrected handle fails safely",
     err)
end
do
  -- to-be-closed variable
  local d2
  do
    local d <close> = assert(summar.document(en))
    d2 = d
    ok(not d:closed(), "open inside the block")
  end
  ok(d2:closed(), "<close> frees the document")
end
do
  -- raw request: every setter, and errors
  local d = assert(core.Document(core.Context(0), en, "en", 0))
  local req = assert(core.Request())
  req:set_sentences(3)
  req:set_ratio(0.3)
  req:set_words(70)
  req:set_paragraphs(2)
  req:set_format(core.FORMAT_MARKDOWN)
  req:set_algorithm("luhn")
  req:set_algorithm(nil)
  req:set_output_lang("en")
  req:set_output_lang(nil)
  req:set_keywords(3)
  req:set_title(1)
  local h = assert(d:summarize(req))
  ok(h:word_count() <= 70 and h:paragraph_count() == 2
     and h:text():find("^# ") and h:keyword_count() == 3 and h:keyword(0),
     "raw request setters")
  local tsp = h:title()
  ok(h:keyword_weight(0) == 1.0 and h:keyword_weight(2) > 0
     and tsp[1] == d:title().start and tsp[2] == d:title().stop,
     "raw keyword_weight, title")
  fails(summar.ERR_RANGE, "raw keyword_weight out of range", function()
    return h:keyword_weight(3) end)
  fails(summar.ERR_RANGE, "raw setter range error", function()
    return req:set_format(99) end)
  fails(summar.ERR_RANGE, "raw set_keywords range", function()
    return req:set_keywords(10 ^ 6 // 1) end)
  ok(#d:sentence_table() == 4 * d:sentence_count(), "sentence_table")
  ok(#d:token_table() == 4 * d:token_count(), "token_table")
  ok(d:token_norms()[1] == d:token(0).norm and
     d:token_stems()[1] == d:token(0).stem, "token_norms, token_stems")
  ok(d:title().index == 0 and d:warnings() == 0 and d:content_words() > 0,
     "raw title, warnings, content_words")
  fails(summar.ERR_NOT_FOUND, "raw embedded_request", function()
    return d:embedded_request() end)
  ok(#assert(d:score(nil)) == d:sentence_count(), "raw score default")
  ok(core.quick(en, "en", 30, 1):len() > 0, "raw quick")
  raises("i must not be negative", "negative index raises",
         function() d:sentence(-1) end)
end

----------------------------------------------- option and type mistakes
do
  raises("unknown option \"wrods\"", "unknown option key raises",
         function() summar.summarize(en, {wrods = 5}) end)
  raises("known: .*words", "the message lists the known options",
         function() summar.summarize(en, {wrods = 5}) end)
  raises("unknown option \"words\"", "document() knows only its options",
         function() summar.document(en, {words = 5}) end)
  local d = assert(summar.document(en))
  raises("unknown option \"lang\"", "summarize() on a document: no lang",
         function() d:summarize({lang = "en"}) end)
  -- errors name the option, never a wrapper function
  for _, case in ipairs({
    {{words = "5"}, "words must be an integer, got string"},
    {{words = -1}, "words must not be negative"},
    {{ratio = "half"}, "ratio must be a number"},
    {{paragraphs = 1.5}, "paragraphs must be an integer"},
    {{algorithm = 3}, "algorithm must be a string or nil"},
    {{output_lang = {}}, "output_lang must be a string or nil"},
    {{title = "no"}, "title must be a boolean, got string"},
    {{fill = 1}, "fill must be a boolean, got number"},
    {{clean = "false"}, "clean must be a boolean, got string"},
  }) do
    local good, err = pcall(summar.summarize, en, case[1])
    ok(not good and tostring(err):find(case[2], 1, true)
       and not tostring(err):find("summar_sw", 1, true)
       and not tostring(err):find("arg %d"), "type error: " .. case[2], err)
  end
  -- the message names the option, never a wrapper function
  for _, case in ipairs({
    {function() return summar.summarize(en, {context = 3}) end,
     "context must be made by summar.context%(%), got number"},
    {function() return summar.document(en, {context = summar.document(en)}) end,
     "context must be made by summar.context%(%), got table"},
    {function() return summar.summarize_many({en}, {context = "x"}) end,
     "context must be made by summar.context%(%), got string"},
    {function() return core.Document(3, en, nil, 0) end,
     "ctx must be a Context, got number"},
    {function() return core.Batch(core.Request(), {en}, nil, 0, nil, 1) end,
     "ctx must be a Context, got userdata"},
    {function()
       return assert(core.document_new(core.Context(0), en, nil, 0))
         :summarize("x")
     end, "req must be a Request or nil, got string"},
    {function() return summar.rouge(en, {en}, {cut_word = 3}) end,
     "unknown option \"cut_word\" %(known: cut_words, lang%)"},
  }) do
    local good, err = pcall(case[1])
    ok(not good and tostring(err):find(case[2])
       and not tostring(err):find("summar_s[wh]")
       and not tostring(err):find("arg %d"), "mistake named: " .. case[2], err)
  end
  ok(assert(summar.summarize(en, {context = summar.context(1 << 20),
                                  words = 20})).words <= 20,
     "a context made by summar.context() is accepted")
  for _, case in ipairs({
    {{ratio = 2}, "ratio: value out of range"},
    {{paragraphs = 0}, "paragraphs: value out of range"},
    {{keywords = 5000}, "keywords: value out of range"},
    {{words = 10 ^ 12 // 1}, "words: value out of range"},
  }) do
    local s, msg, code = summar.summarize(en, case[1])
    ok(s == nil and code == summar.ERR_RANGE and msg == case[2],
       "range error names the option: " .. case[2], msg)
  end
  fails(summar.ERR_ARG, "unknown format", function()
    return summar.summarize(en, {format = "pdf"}) end)
  fails(summar.ERR_ARG, "language with a NUL byte", function()
    return summar.document(en, "en\0zz") end)
  fails(summar.ERR_ARG, "output language with a NUL byte", function()
    return summar.summarize(en, {output_lang = "en\0"}) end)
end

------------------------------------------------------- summarize_many
do
  local texts = {}
  for i = 1, 12 do texts[i] = make_text(2 + i % 4) .. (" Item %d."):format(i) end
  texts[3] = ""
  texts[8] = "broken \255 bytes here."
  local one = summar.summarize_many(texts, {jobs = 1, words = 40})
  local two = summar.summarize_many(texts, {jobs = 2, words = 40})
  local every = summar.summarize_many(texts, {words = 40, paragraphs = 1})
  ok(#one == 12 and #two == 12 and #every == 12, "one result per text")
  local same, order = true, true
  for i = 1, 12 do
    if i ~= 3 and i ~= 8 then
      local want = assert(summar.summarize(texts[i], {words = 40}))
      order = order and one[i].text == want.text
        and one[i].sentences[1].first == want.sentences[1].first
      same = same and one[i].text == two[i].text and two[i].text == every[i].text
    end
  end
  ok(order, "each result is its own text's summary, in input order")
  ok(same, "jobs 1, 2 and every CPU give identical summaries")
  ok(one[3].error and one[3].error.code == "empty" and one[3].error.line == 3
     and one[3].id == 3 and one[3].schema == summar.JSON_SCHEMA
     and type(one[3].error.message) == "string" and one[3].text == nil,
     "empty text: its own error line")
  ok(two[8].error and two[8].error.code == "utf8" and two[8].error.line == 8
     and one[9].text ~= nil, "invalid UTF-8: its own error, the next is fine")
  local members = {}
  for k in pairs(one[3]) do members[#members + 1] = k end
  for k in pairs(one[3].error) do members[#members + 1] = "error." .. k end
  table.sort(members)
  is(table.concat(members, " "),
     "error error.code error.line error.message id schema",
     "an error entry has exactly the members of an error line")
  raises("unknown option \"wrods\"", "summarize_many unknown option",
         function() summar.summarize_many(texts, {wrods = 5}) end)
  raises("text 2 of texts is not a string", "summarize_many non-string text",
         function() summar.summarize_many({"a", 5}) end)
  raises("jobs must not be negative", "summarize_many negative jobs",
         function() summar.summarize_many(texts, {jobs = -1}) end)
  is(#summar.summarize_many({}, {words = 5}), 0, "summarize_many of nothing")
end

------------------------------------------- the JSON schema, the C JSON
-- Each summary table, serialized, follows docs/summary.schema.json and is
-- the C library's own JSON rendering (format = "json") of the same
-- summary: bindings/tests/check_schema.py checks both.
local function json(v)
  local t = type(v)
  if t == "string" then
    return '"' .. v:gsub('[%c"\\]', function(c)
      return ("\\u%04x"):format(c:byte())
    end) .. '"'
  elseif t == "number" then
    return math.type(v) == "integer" and ("%d"):format(v)
      or ("%.17g"):format(v)
  elseif t == "boolean" then
    return tostring(v)
  elseif t == "table" then
    local parts = {}
    if next(v) == nil or v[1] ~= nil then  -- a list (every empty table is)
      for i = 1, #v do parts[i] = json(v[i]) end
      return "[" .. table.concat(parts, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys)
    for i, k in ipairs(keys) do parts[i] = json(k) .. ":" .. json(v[k]) end
    return "{" .. table.concat(parts, ",") .. "}"
  end
  error("cannot serialize a " .. t)
end
do
  local check = os.getenv("SUMMAR_SCHEMA_CHECK")
  local python = os.getenv("SUMMAR_PYTHON") or "python3"
  if not check then
    print("ok " .. (n + 1) .. " # SKIP SUMMAR_SCHEMA_CHECK is not set")
    n = n + 1
  else
    local path = os.tmpname()
    local f = assert(io.open(path, "wb"))
    local cases = {
      {words = 60}, {words = 80, paragraphs = 2, keywords = 5},
      {sentences = 3, title = true, keywords = 3},
      {words = 45, fill = true, keywords = 2},
      {ratio = 0.3, paragraphs = 3, algorithm = "lexrank"},
      {words = 1000},
    }
    local pairs_written, cut = 0, 0
    for _, text in ipairs({en, ar}) do
      for _, opts in ipairs(cases) do
        local s = assert(summar.summarize(text, opts))
        for _, x in ipairs(s.sentences) do
          if x.truncated then cut = cut + 1 end
        end
        local o = {format = "json"}
        for k, v in pairs(opts) do o[k] = v end
        local c = assert(summar.summarize(text, o))
        f:write(json(s), "\n", c.text)
        pairs_written = pairs_written + 1
      end
    end
    -- summarize_many gives the same tables
    local many = summar.summarize_many({en, ar}, {words = 40, keywords = 3})
    for i, text in ipairs({en, ar}) do
      f:write(json(many[i]), "\n", assert(summar.summarize(text,
        {words = 40, keywords = 3, format = "json"})).text)
    end
    f:close()
    local p = assert(io.popen(("%q %q %q 2>&1"):format(python, check, path)))
    local out = p:read("a")
    local _, _, status = p:close()
    os.remove(path)
    if status == 77 then
      print("ok " .. (n + 1) .. " # SKIP " .. out:gsub("%s+$", ""))
      n = n + 1
    else
      ok(status == 0 and pairs_written == 12,
         "summary tables follow the schema and equal the C JSON", out)
    end
    ok(cut > 0, "a truncated sentence was among those checked")
  end
end

-- summarize_many's error entries are the error lines `summar --jsonl`
-- writes for the same texts (ids 1..n, one text a line): same schema,
-- members, codes, ids and lines; only the messages are each front end's.
do
  local check = os.getenv("SUMMAR_SCHEMA_CHECK")
  local cli = os.getenv("SUMMAR_CLI")
  local python = os.getenv("SUMMAR_PYTHON") or "python3"
  if not check or not cli then
    print("ok " .. (n + 1) .. " # SKIP SUMMAR_CLI or SUMMAR_SCHEMA_CHECK unset")
    n = n + 1
  else
    local texts = {"", make_text(3), "a\0b. Another sentence here.",
                   "   \n\t ", make_text(40), make_text(2)}
    local many = summar.summarize_many(texts, {words = 30,
      context = summar.context(2000)})
    local input = os.tmpname()
    local f = assert(io.open(input, "wb"))
    for i, text in ipairs(texts) do
      f:write(json({id = i, text = text}), "\n")
    end
    f:close()
    -- the CLI carries its own sanitizer runtime: not the one preloaded
    -- into the interpreter
    local p = assert(io.popen(
      ("env -u LD_PRELOAD %q --jsonl --words 30 --max-bytes 2000 < %q")
      :format(cli, input)))
    local lines = {}
    for line in p:lines() do lines[#lines + 1] = line end
    p:close()
    os.remove(input)
    local pairs_path = os.tmpname()
    f = assert(io.open(pairs_path, "wb"))
    local errors, codes = 0, {}
    for i, r in ipairs(many) do
      if r.error then
        errors = errors + 1
        codes[#codes + 1] = r.error.code
        f:write(json(r), "\n", lines[i] or "{}", "\n")
      end
    end
    f:close()
    local q = assert(io.popen(("%q %q %q --loose message 2>&1")
                              :format(python, check, pairs_path)))
    local out = q:read("a")
    local _, _, status = q:close()
    os.remove(pairs_path)
    ok(#lines == #texts and table.concat(codes, " ") ==
       "empty nul empty too_large",
       "the CLI answered every line; four texts failed", table.concat(codes, " "))
    if status == 77 then
      print("ok " .. (n + 1) .. " # SKIP " .. out:gsub("%s+$", ""))
      n = n + 1
    else
      ok(status == 0 and errors == 4,
         "summarize_many error entries equal the CLI's --jsonl error lines",
         out)
    end
  end
end

print("1.." .. n)
os.exit(failed == 0 and 0 or 1)
