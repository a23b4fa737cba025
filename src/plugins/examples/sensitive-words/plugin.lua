-- Sensitive-word filter. Masks (or, with action = "reject", refuses) messages containing a word
-- from words-zh.txt, words-en.txt or the workspace's extraWords, and tags the conversation.
-- Edit the word lists in this folder: every Kefu process reloads the plugin within a second.
-- Chinese words match anywhere; Latin words match whole words only, in any letter case.

local function read_words(text, into)
  for line in (text or ""):gmatch("[^\r\n]+") do
    local word = line:gsub("^%s+", ""):gsub("%s+$", "")
    if word ~= "" and word:sub(1, 1) ~= "#" then into[#into + 1] = word:lower() end
  end
  return into
end

local shipped = read_words(kefu.files["words-en.txt"], read_words(kefu.files["words-zh.txt"], {}))

local function is_ascii(word) return not word:find("[\128-\255]") end

-- Byte ranges of every match of word in lowered (same byte offsets as the original body:
-- string.lower changes ASCII letters only).
local function find_all(lowered, word, ranges)
  local from = 1
  while true do
    local s, e = lowered:find(word, from, true)
    if not s then return end
    local whole = not is_ascii(word)
      or ((s == 1 or not lowered:sub(s - 1, s - 1):find("[%w_]")) and (e == #lowered or not lowered:sub(e + 1, e + 1):find("[%w_]")))
    if whole then ranges[#ranges + 1] = { s, e } end
    from = e + 1
  end
end

local function mask(body, ranges, char)
  table.sort(ranges, function(a, b) return a[1] > b[1] end)
  local last_start = math.huge
  for _, r in ipairs(ranges) do
    if r[2] < last_start then
      body = body:sub(1, r[1] - 1) .. string.rep(char, utf8.len(body:sub(r[1], r[2])) or 1) .. body:sub(r[2] + 1)
      last_start = r[1]
    end
  end
  return body
end

return {
  name = "sensitive-words",
  version = "1.0.0",
  description = "Masks or rejects messages with words from the zh and en word lists",
  order = 10,
  settings = {
    action = { type = "string", default = "mask", choices = { "mask", "reject" }, description = "mask: replace each word with *; reject: refuse the message" },
    extraWords = { type = "list", default = {}, description = "More words for this workspace" },
    tag = { type = "string", default = "sensitive", description = "Tag added to the conversation on a match; empty adds none" },
    rejectReason = { type = "string", default = "Please rephrase: your message contains words that are not allowed here. 您的消息包含不允许的词语，请修改后再发送。", description = "What the sender is told when action is reject" },
  },
  hooks = {
    beforeStore = function(message, ctx)
      local lowered = message.body:lower()
      local ranges = {}
      for _, word in ipairs(shipped) do find_all(lowered, word, ranges) end
      for _, word in ipairs(ctx.settings.extraWords or {}) do find_all(lowered, tostring(word):lower(), ranges) end
      if #ranges == 0 then return nil end
      if ctx.settings.tag ~= "" then ctx.addTag(ctx.settings.tag) end
      if ctx.settings.action == "reject" then return { reject = ctx.settings.rejectReason } end
      return { body = mask(message.body, ranges, "*") }
    end,
  },
}
