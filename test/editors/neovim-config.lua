-- Runs inside headless Neovim after the documented init.lua (docs/editors.md,
-- "Neovim 0.7–0.10") has been loaded and the plan opened: waits for the pushed
-- diagnostics, saves (the documented BufWritePre fix-all runs), and writes
-- what happened to the JSON file named by g:fsplan_out.
local out = vim.g.fsplan_out
local function finish(result)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local buf = vim.api.nvim_get_current_buf()
local result = { filetype = vim.bo[buf].filetype, version = vim.version() }
local ok = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
if not ok then
  result.error = 'no diagnostics'
  return finish(result)
end
result.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.diagnostics, { code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), line = d.lnum, character = d.col })
end
vim.cmd('write')
result.saved = true
finish(result)
