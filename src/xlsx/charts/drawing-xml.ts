import { escapeXml } from "../package/parts";

export interface ChartAnchor {
  /** 0-based top-left cell and size in cells. */
  readonly row: number;
  readonly column: number;
  readonly widthCols: number;
  readonly heightRows: number;
  readonly relId: string;
  readonly name: string;
}

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const C_NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function marker(tag: string, column: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function anchorXml(a: ChartAnchor, index: number): string {
  const frame =
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(a.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart ${C_NS} r:id="${a.relId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  return `<xdr:twoCellAnchor editAs="oneCell">${marker("from", a.column, a.row)}${marker("to", a.column + a.widthCols, a.row + a.heightRows)}${frame}<xdr:clientData/></xdr:twoCellAnchor>`;
}

/** The sheet's drawing part: one anchored frame per chart. */
export function drawingXml(anchors: readonly ChartAnchor[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${NS}>${anchors.map(anchorXml).join("")}</xdr:wsDr>`;
}
