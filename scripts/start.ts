// `npm start`: builds the portal when its build is missing or older than its sources, then runs
// the server. A warm start (portal built, data folder present) goes straight to the server.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import module from 'node:module'
import path from 'node:path'

// Node keeps the server's compiled modules (TypeScript already stripped) on disk: a warm start
// skips parsing and stripping them again. The cache sits in the system's temporary folder, keyed
// by Node version and file contents, so an edited file is simply compiled afresh.
module.enableCompileCache?.()

const root = path.resolve(import.meta.dirname, '..')
const built = path.join(root, 'portal/dist/index.html')

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

const stale =
  !fs.existsSync(built) ||
  fs.statSync(built).mtimeMs < newestSource(path.join(root, 'portal/src')) ||
  fs.statSync(built).mtimeMs < fs.statSync(path.join(root, 'portal/index.html')).mtimeMs
if (stale && !process.env.PORTAL_DIR) {
  console.log('Building the portal…')
  execFileSync('npm', ['run', 'build', '-w', 'portal'], { cwd: root, stdio: 'inherit' })
}
process.chdir(root)
await import('../server/src/main.ts')
