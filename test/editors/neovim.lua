-- Headless Neovim as a second LSP client (0.7+: no pull diagnostics, so the
-- server must push). Usage: nvim --headless -u NONE -l? (0.7 has no -l):
--   nvim --headless -u NONE -c "luafile neovim.lua" <server.js> <plan> <out.json>
local server, plan, out = unpack(vim.g.fsplan_args)
local done = false
local client_id = vim.lsp.start_client({
  name = 'fsplan',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(plan, ':h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if result and #result.diagnostics > 0 then
        local codes = {}
        for _, d in ipairs(result.diagnostics) do
          table.insert(codes, { code = d.code, line = d.range.start.line, character = d.range.start.character })
        end
        local f = io.open(out, 'w')
        f:write(vim.fn.json_encode({ uri = result.uri, version = result.version, diagnostics = codes }))
        f:close()
        done = true
      end
    end,
  },
})
vim.cmd('edit ' .. vim.fn.fnameescape(plan))
vim.lsp.buf_attach_client(0, client_id)
local ok = vim.wait(20000, function() return done end, 50)
if not ok then
  local f = io.open(out, 'w')
  f:write('{"error":"timeout"}')
  f:close()
end
vim.cmd('qall!')
