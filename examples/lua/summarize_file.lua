#!/usr/bin/env lua5.4
-- Summarize a text file to N words in K paragraphs.
--   lua5.4 summarize_file.lua FILE [WORDS [PARAGRAPHS [LANG]]]
local summar = require("summar")

local path, words, paragraphs, lang = arg[1], tonumber(arg[2] or 120),
  tonumber(arg[3] or 2), arg[4]
if not path then
  io.stderr:write("usage: summarize_file.lua FILE [WORDS [PARAGRAPHS [LANG]]]\n")
  os.exit(2)
end

local f = assert(io.open(path, "rb"))
local text = f:read("a")
f:close()

local s, err, code = summar.summarize(text, {
  words = words, paragraphs = paragraphs, lang = lang,
})
if not s then
  io.stderr:write(("%s: %s (code %d)\n"):format(path, err, code))
  os.exit(1)
end
print(s.text)
io.stderr:write(("-- %s, %d of %d words, %d paragraphs%s\n"):format(
  s.language, s.words, s.source_words, s.paragraphs,
  #s.warnings > 0 and (", warnings: " .. table.concat(s.warnings, ", ")) or ""))
