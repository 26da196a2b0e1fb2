/**
 * A sheet's filled cells → the rectangles to read them as. Normally one: the used range. But a 2 KB file
 * with «№» in A1 and one more cell at XFD1048576 has a used range of 17 billion cells; the sheet is then cut
 * at its widest empty gaps (rows or columns) until every block is dense enough, so allocation follows the
 * cells really present and each block keeps its place in the sheet (its top-left row and column).
 */

export interface CellAt {
  readonly row: number;
  readonly column: number;
}

export interface Block {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A block up to this many cells is read whole, however empty (100,000 rows × 30 columns). */
const DENSE_ENOUGH = 3_000_000;
/** Beyond DENSE_ENOUGH, a block is read whole while it has at least one filled cell in this many. */
const MAX_EMPTY_PER_FILLED = 20;

const area = (b: Block) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

function extentOf(cells: readonly CellAt[]): Block {
  let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
  for (const c of cells) {
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.column < left) left = c.column;
    if (c.column > right) right = c.column;
  }
  return { top, left, bottom, right };
}

/** The widest run of empty lines between filled ones along one axis: cut after `at`, `width` lines empty. */
function widestGap(cells: readonly CellAt[], key: (c: CellAt) => number): { at: number; width: number } {
  const lines = [...new Set(cells.map(key))].sort((a, b) => a - b);
  let best = { at: 0, width: 0 };
  for (let i = 1; i < lines.length; i++) {
    const width = lines[i] - lines[i - 1] - 1;
    if (width > best.width) best = { at: lines[i - 1], width };
  }
  return best;
}

/** Blocks in reading order (top to bottom, then left to right) that together hold every filled cell. */
export function splitSparse(cells: readonly CellAt[]): Block[] {
  if (cells.length === 0) return [];
  const done: Block[] = [];
  // An explicit stack: scattered cells (a diagonal) would nest one call per cell.
  const stack: CellAt[][] = [[...cells]];
  while (stack.length) {
    const group = stack.pop() as CellAt[];
    const extent = extentOf(group);
    if (area(extent) <= DENSE_ENOUGH || area(extent) <= MAX_EMPTY_PER_FILLED * group.length) {
      done.push(extent);
      continue;
    }
    const rows = widestGap(group, (c) => c.row);
    const columns = widestGap(group, (c) => c.column);
    let byRows = rows.width >= columns.width;
    let at = byRows ? rows.at : columns.at;
    if ((byRows ? rows : columns).width === 0) {
      // No empty line anywhere (a diagonal of cells): halve the longer side so allocation still follows the cells.
      byRows = extent.bottom - extent.top >= extent.right - extent.left;
      at = byRows ? (extent.top + extent.bottom) >> 1 : (extent.left + extent.right) >> 1;
    }
    const key = byRows ? (c: CellAt) => c.row : (c: CellAt) => c.column;
    stack.push(group.filter((c) => key(c) > at), group.filter((c) => key(c) <= at));
  }
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}
