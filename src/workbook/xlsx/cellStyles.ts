import type { Alignment, Border, Borders, Fill, Font, Style } from 'exceljs';
import { StyleId, StyleSpec } from '../blueprint/types';

const FONT_NAME = 'Calibri';
const FONT_SIZE = 11;

function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

function fontOf(spec: StyleSpec): Partial<Font> {
  // Name and size on every font: a font element with only <b/> renders in some readers' fallback face.
  return {
    name: FONT_NAME,
    family: 2,
    size: spec.fontSize ?? FONT_SIZE,
    ...(spec.bold ? { bold: true } : {}),
    ...(spec.italic ? { italic: true } : {}),
    ...(spec.underline ? { underline: true } : {}),
    ...(spec.fontColor ? { color: { argb: argb(spec.fontColor) } } : {}),
  };
}

function fillOf(spec: StyleSpec): Fill | undefined {
  return spec.fillColor ? { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(spec.fillColor) } } : undefined;
}

function alignmentOf(spec: StyleSpec): Partial<Alignment> | undefined {
  const alignment: Partial<Alignment> = {
    ...(spec.horizontalAlignment ? { horizontal: spec.horizontalAlignment } : {}),
    ...(spec.wrapText ? { wrapText: true, vertical: 'top' as const } : {}),
    ...(spec.verticalAlignment ? { vertical: spec.verticalAlignment } : {}),
    ...(spec.indent ? { indent: spec.indent } : {}),
  };
  return Object.keys(alignment).length > 0 ? alignment : undefined;
}

function borderOf(spec: StyleSpec): Partial<Borders> | undefined {
  const side: Partial<Border> | undefined = spec.borderColor ? { style: 'thin', color: { argb: argb(spec.borderColor) } } : undefined;
  const top: Partial<Border> | undefined = spec.topBorder ? { style: spec.topBorder, color: { argb: 'FF000000' } } : side;
  if (!side && !top) return undefined;
  return { ...(side ? { left: side, right: side, bottom: side } : {}), ...(top ? { top } : {}) };
}

/** The ExcelJS style of a blueprint style with a number format, ready to assign to a cell. */
function toExcelStyle(spec: StyleSpec | undefined, numberFormat: string | undefined): Partial<Style> {
  if (!spec) return numberFormat ? { numFmt: numberFormat } : {};
  const fill = fillOf(spec);
  const alignment = alignmentOf(spec);
  const border = borderOf(spec);
  return {
    font: fontOf(spec),
    ...(fill ? { fill } : {}),
    ...(alignment ? { alignment } : {}),
    ...(border ? { border } : {}),
    ...(numberFormat ? { numFmt: numberFormat } : {}),
  };
}

/**
 * Styles by (style id, number format), made once each: a workbook of 17,000 cells uses a few dozen
 * combinations, and ExcelJS shares one object per cell without copying, so none may be mutated.
 */
export function styleCache(styles: Readonly<Record<StyleId, StyleSpec>>): (style: StyleId | undefined, numberFormat: string | undefined) => Partial<Style> {
  const made = new Map<string, Partial<Style>>();
  return (style, numberFormat) => {
    const key = `${style ?? ''}\u0000${numberFormat ?? ''}`;
    let found = made.get(key);
    if (!found) {
      found = toExcelStyle(style ? styles[style] : undefined, numberFormat);
      made.set(key, found);
    }
    return found;
  };
}

/** The differential style of a conditional format: a font colour and/or a solid fill. */
export function conditionalStyle(fontColor: string | undefined, fillColor: string | undefined): Partial<Style> {
  return {
    ...(fontColor ? { font: { color: { argb: argb(fontColor) } } } : {}),
    // Excel paints a conditional solid fill with bgColor, not fgColor.
    ...(fillColor ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(fillColor) } } } : {}),
  };
}

export function tabColor(hex: string): { argb: string } {
  return { argb: argb(hex) };
}
