// The desk page (desk/): a support engineer checks a ticket as it arrived. Its own page, so that
// the form page's first load carries none of it; it runs on embed.js and needs no network.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What the desk page adds to the build, all precached by sw.js (with embed.js, which it loads). */
export const DESK_FILES = ['desk.html', 'desk.js'];

/** Writes DESK_FILES into the build folder `dir`, from the repository at `repo`. */
export function writeDesk(repo, dir) {
  for (const name of DESK_FILES) {
    writeFileSync(path.join(dir, name), readFileSync(path.join(repo, 'desk', name)));
  }
}
