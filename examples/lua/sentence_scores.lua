#!/usr/bin/env lua5.4
-- Print every sentence of a file with its score, one per line.
--   lua5.4 sentence_scores.lua FILE [ALGORITHM]
-- The tokenizer and scorer layers: one document, scored with any algorithm
-- (summar.algorithms()); dropped sentences score 0 and show their flags.
local summar = require("summar")

local path, algorithm = arg[1], arg[2] or "default"
if not path then
  io.stderr:write("usage: sentence_scores.lua FILE [ALGORITHM]\n")
  os.exit(2)
end
local f = assert(io.open(path, "rb"))
local text = f:read("a")
f:close()

do
  -- <close>: the C document is freed when the block ends.
  local doc <close> = assert(summar.document(text))
  local scores = assert(doc:score(algorithm))
  print(("# %s: %s, %d sentences, %d tokens, algorithm %s"):format(
    path, doc:language(), doc:sentence_count(), doc:token_count(), algorithm))
  for i, s in doc:sentences() do
    -- byte offsets: text:sub(s.first, s.last) is the sentence, byte-exact
    assert(text:sub(s.first, s.last) == s.text)
    print(("%3d %.3f %6d-%-6d%s %s"):format(i - 1, scores[i], s.start, s.stop,
      s.content and "" or " [dropped]", s.text))
  end
end
