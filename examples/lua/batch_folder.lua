#!/usr/bin/env lua5.4
-- Summarize every .txt file of a folder, as JSON Lines on stdout.
--   lua5.4 batch_folder.lua DIR [WORDS [PARAGRAPHS]]
-- Plain Lua has no directory listing: LuaFileSystem is used when installed,
-- `ls` otherwise.
local summar = require("summar")

local dir, words, paragraphs = arg[1], tonumber(arg[2] or 60),
  tonumber(arg[3] or 1)
if not dir then
  io.stderr:write("usage: batch_folder.lua DIR [WORDS [PARAGRAPHS]]\n")
  os.exit(2)
end

local function list(d)
  local names = {}
  local ok, lfs = pcall(require, "lfs")
  if ok then
    for n in lfs.dir(d) do names[#names + 1] = n end
  else
    local p = assert(io.popen("ls -1 '" .. d:gsub("'", "'\\''") .. "'"))
    for n in p:lines() do names[#names + 1] = n end
    p:close()
  end
  local out = {}
  for _, n in ipairs(names) do
    if n:match("%.txt$") then out[#out + 1] = d .. "/" .. n end
  end
  table.sort(out)
  return out
end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    local named = {['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n',
                   ['\t'] = '\\t', ['\r'] = '\\r'}
    return named[c] or ("\\u%04x"):format(c:byte())
  end) .. '"'
end

local files, failed = list(dir), 0
for _, path in ipairs(files) do
  local f = assert(io.open(path, "rb"))
  local text = f:read("a")
  f:close()
  local s, err, code = summar.summarize(text, {words = words,
                                               paragraphs = paragraphs})
  if s then
    print(("{\"file\": %s, \"language\": %s, \"words\": %d, \"text\": %s}")
      :format(json_string(path), json_string(s.language), s.words,
              json_string(s.text)))
  else
    failed = failed + 1
    print(("{\"file\": %s, \"error\": %s, \"code\": %d}"):format(
      json_string(path), json_string(err), code))
  end
end
io.stderr:write(("-- %d files, %d failed\n"):format(#files, failed))
os.exit(failed == 0 and 0 or 1)
